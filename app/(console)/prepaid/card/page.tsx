import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyValue } from "@/components/ui/key-value";
import { PageHeader } from "@/components/ui/page-header";
import { staffActor } from "@/lib/audit/actor";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { type CardView, inquireCard } from "@/lib/providers/open-loyalty/operations/card";
import { OPEN_LOYALTY_ERRORS } from "@/lib/providers/open-loyalty/error-codes";
import { cardTransactions } from "@/lib/providers/open-loyalty/operations/queries";
import { isProviderError } from "@/lib/providers/provider-error";
import { requestContext } from "@/lib/request-context";
import { ActivateForm } from "../activate-form";
import { HistoryTable } from "../history-table";
import { LookupForm } from "../lookup-form";
import { PayForm, PointsForm, TopUpForm } from "../money-forms";
import { lookupSchema } from "../prepaid.validation";
import { holderDetails } from "./holder-details";

export const metadata: Metadata = { title: "Prepaid card · Open Loyalty Pay" };
export const dynamic = "force-dynamic";

/** Our codes (PayWizard publishes none) for a card that is not there, or not activated yet. */
const NOT_FOUND = String(OPEN_LOYALTY_ERRORS.CARD_NOT_FOUND);
const NOT_ACTIVE = String(OPEN_LOYALTY_ERRORS.CARD_NOT_ACTIVE);

function Balances({ card }: { card: CardView }) {
  return (
    <div className="grid gap-4 sm:grid-cols-3" data-testid="balances">
      {card.money.map((m) => (
        <Card key={m.currency}>
          <CardHeader>
            <p className="text-sm text-muted-foreground">Balance</p>
            <CardTitle className="text-3xl tabular-nums" data-testid={`balance-${m.currency}`}>
              {m.amount} {m.currency}
            </CardTitle>
          </CardHeader>
        </Card>
      ))}
      <Card>
        <CardHeader>
          <p className="text-sm text-muted-foreground">Loyalty points</p>
          <CardTitle className="text-3xl tabular-nums" data-testid="balance-points">
            {card.points}
          </CardTitle>
        </CardHeader>
      </Card>
    </div>
  );
}

/** `/prepaid/card?account=…&entry=…`: the card's balances and holder (giftInquiry, audited), the moves the role allows, its history. */
export default async function CardPage({ searchParams }: { searchParams: Promise<{ account?: string; entry?: string }> }) {
  const staff = await requirePagePermission("openLoyalty.read");
  const params = await searchParams;
  const lookup = lookupSchema.safeParse({ accountId: params.account ?? "", entryType: params.entry ?? "K" });
  const header = <PageHeader title="Prepaid card" description={<Link href="/prepaid" className="underline-offset-4 hover:underline">All prepaid cards</Link>} />;
  if (!lookup.success) {
    return (
      <div className="space-y-6">
        {header}
        <LookupForm account={params.account} entry={params.entry} />
        <p className="text-sm text-destructive" role="alert">
          {lookup.error.issues[0]?.message}
        </p>
      </div>
    );
  }
  const { accountId, entryType } = lookup.data;
  let card: CardView | null = null;
  let refusal: { code: string; message: string } | null = null;
  try {
    card = await inquireCard(lookup.data, staffActor(staff, await requestContext()));
  } catch (error) {
    if (!isProviderError(error)) throw error;
    refusal = { code: error.code, message: error.message };
  }
  const transactions = await cardTransactions(accountId);
  const canMove = can(staff.role, "openLoyalty.money.move");
  const canPoints = can(staff.role, "openLoyalty.points.move");
  const masked = card?.accountMasked ?? `•••• ${accountId.slice(-4)}`;
  const currency = card?.money[0]?.currency ?? "USD";
  const cardProps = { accountId, entryType, accountMasked: masked, currency };

  return (
    <div className="space-y-6">
      {header}
      <LookupForm account={accountId} entry={entryType} />
      <h2 className="font-mono text-lg" data-testid="card-number">
        Card {masked}
      </h2>
      {refusal?.code === NOT_ACTIVE ? (
        can(staff.role, "openLoyalty.cards.activate") ? (
          <ActivateForm accountId={accountId} entryType={entryType} />
        ) : (
          <EmptyState title="This card is not activated" description="An operator or admin can activate it." />
        )
      ) : refusal ? (
        <EmptyState title={refusal.code === NOT_FOUND ? "No such card" : "The card could not be read"} description={refusal.message} data-testid="card-refusal" />
      ) : null}
      {card ? (
        <>
          <Balances card={card} />
          <Card>
            <CardHeader>
              <CardTitle className="text-base">Holder</CardTitle>
            </CardHeader>
            <CardContent>
              <KeyValue
                items={holderDetails(card.customerInfo).length > 0 ? holderDetails(card.customerInfo) : [{ label: "Details", value: null }]}
              />
            </CardContent>
          </Card>
          {canMove || canPoints ? (
            <div className="grid gap-4 lg:grid-cols-2">
              {canMove ? <PayForm {...cardProps} /> : null}
              {canMove ? <TopUpForm {...cardProps} /> : null}
              {canPoints ? <PointsForm {...cardProps} mode="issue" /> : null}
              {canPoints ? <PointsForm {...cardProps} mode="redeem" /> : null}
            </div>
          ) : (
            <p className="text-sm text-muted-foreground" data-testid="read-only-note">
              Your role can look cards up; moving money or points needs an operator or admin.
            </p>
          )}
        </>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Transactions from this console</CardTitle>
        </CardHeader>
        <CardContent>
          <HistoryTable transactions={transactions} canMove={canMove} canReconcile={can(staff.role, "openLoyalty.reconcile")} />
        </CardContent>
      </Card>
    </div>
  );
}
