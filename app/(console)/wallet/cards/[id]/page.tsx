import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { KeyValue } from "@/components/ui/key-value";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { OperationError } from "@/lib/errors";
import { cardDetail } from "@/lib/providers/kazawallet/operations/queries";
import { CardStatusBadge, RequestStatusBadge } from "../../status-badges";
import { ThreeDsList } from "../../three-ds-list";
import { CardActions } from "./card-actions";
import { SpendChart } from "./spend-chart";
import { TopUpActions } from "./top-up-actions";

export const metadata: Metadata = { title: "Kazawallet card" };
export const dynamic = "force-dynamic";

async function load(id: string) {
  try {
    return await cardDetail(id);
  } catch (error) {
    if (error instanceof OperationError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function KazawalletCardPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePagePermission("kazawallet.read");
  const { id } = await params;
  const { card, transactions, readError, topUps, pendingThreeDs, unconfirmedEvents } = await load(id);
  const permissions = {
    issue: can(staff.role, "kazawallet.cards.issue"),
    topUp: can(staff.role, "kazawallet.cards.topUp"),
    lock: can(staff.role, "kazawallet.cards.lock"),
    cancel: can(staff.role, "kazawallet.cards.cancel"),
    reconcile: can(staff.role, "kazawallet.cards.reconcile"),
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={card.cardNumber ?? "Card not issued yet"}
        description={
          <>
            <Link href="/wallet" className="underline-offset-4 hover:underline">
              Cards
            </Link>{" "}
            · {card.email} · {card.cardType}
          </>
        }
        actions={<CardStatusBadge status={card.status} />}
      />
      {card.lastErrorMessage ? (
        <p role="status" className="rounded-md border border-warning/40 bg-warning-soft p-3 text-sm" data-testid="card-note">
          {card.lastErrorMessage}
        </p>
      ) : null}
      {readError ? (
        <p role="alert" className="rounded-md border border-warning/40 bg-warning-soft p-3 text-sm">
          Kazawallet could not be read ({readError}); the card is shown as last read.
        </p>
      ) : null}
      <Card>
        <CardContent className="space-y-4 pt-6">
          <KeyValue
            columns={2}
            items={[
              { label: "Kazawallet card id", value: card.cardId },
              { label: "Balance", value: card.balance === null ? null : <Money amount={card.balance} currency={card.currency} data-testid="card-balance" /> },
              { label: "Card number", value: card.cardNumber },
              { label: "Requested", value: new Date(card.requestedAt).toLocaleString("en-GB") },
            ]}
          />
          <CardActions id={card.id} status={card.status} cardType={card.cardType === "plus" ? "plus" : "basic"} can={permissions} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Pending 3DS confirmations</CardTitle>
        </CardHeader>
        <CardContent>
          <ThreeDsList items={pendingThreeDs} canValidate={can(staff.role, "kazawallet.threeDs.validate")} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Spending</CardTitle>
        </CardHeader>
        <CardContent>
          <SpendChart transactions={transactions} />
        </CardContent>
      </Card>
      <section className="space-y-2" aria-labelledby="transactions-heading">
        <h2 id="transactions-heading" className="text-lg font-semibold">
          Transactions
        </h2>
        {transactions.length === 0 ? (
          <p className="text-sm text-muted-foreground">No transaction yet.</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>When</TableHead>
                <TableHead>Type</TableHead>
                <TableHead>Direction</TableHead>
                <TableHead>State</TableHead>
                <TableHead>Merchant</TableHead>
                <TableHead className="text-right">Amount</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {transactions.map((t) => (
                <TableRow key={t.id} data-testid="card-transaction">
                  <TableCell className="text-sm">{new Date(t.at).toLocaleString("en-GB")}</TableCell>
                  <TableCell>{t.type}</TableCell>
                  <TableCell>{t.direction}</TableCell>
                  <TableCell>{t.state}</TableCell>
                  <TableCell>{t.merchantName ?? "—"}</TableCell>
                  <TableCell className="text-right">
                    <Money amount={t.expense ? `-${t.amount}` : t.amount} currency={t.currency} tone="signed" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section className="space-y-2" aria-labelledby="top-ups-heading">
        <h2 id="top-ups-heading" className="text-lg font-semibold">
          Top-ups from this console
        </h2>
        {topUps.length === 0 ? (
          <p className="text-sm text-muted-foreground">None yet (the initial top-up is part of the issue).</p>
        ) : (
          <ul className="divide-y rounded-md border">
            {topUps.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm" data-testid="top-up-row">
                <span>
                  <Money amount={t.amount} currency="USD" /> {t.fee ? (
                    <span className="text-muted-foreground">
                      (fee <Money amount={t.fee} currency="USD" />)
                    </span>
                  ) : null} · {new Date(t.requestedAt).toLocaleString("en-GB")}
                  {t.lastErrorMessage ? <span className="block text-muted-foreground">{t.lastErrorMessage}</span> : null}
                </span>
                <span className="flex items-center gap-2">
                  <RequestStatusBadge status={t.status} testId="top-up-status" />
                  <TopUpActions topUpId={t.id} status={t.status} canReconcile={permissions.reconcile} canRetry={permissions.topUp} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {unconfirmedEvents.length > 0 ? (
        <section className="space-y-2" aria-labelledby="unconfirmed-heading">
          <h2 id="unconfirmed-heading" className="text-lg font-semibold">
            Unconfirmed card events
          </h2>
          <p className="text-sm text-muted-foreground">Webhooks Kazawallet&apos;s API does not confirm. They changed nothing; look into where they came from.</p>
          <ul className="text-sm">
            {unconfirmedEvents.map((e) => (
              <li key={e.id} data-testid="unconfirmed-event">
                {e.event} · {e.amount} · {new Date(e.at).toLocaleString("en-GB")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
