import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { NativeSelect } from "@/components/ui/native-select";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listCards } from "@/lib/providers/kazawallet/operations/queries";
import { IssueCardDialog } from "./issue-dialog";
import { CardStatusBadge } from "./status-badges";
import { cardFilterSchema } from "./wallet.validation";

export const metadata: Metadata = { title: "Kazawallet cards" };
export const dynamic = "force-dynamic";

const STATUS_OPTIONS = ["", "active", "locked", "cancelled", "UNKNOWN", "NOT_ISSUED", "FAILED"].map((s) => ({ value: s, label: s || "Any status" }));
const TIER_OPTIONS = [
  { value: "", label: "Any tier" },
  { value: "basic", label: "Basic" },
  { value: "plus", label: "Plus" },
];
const SORT_OPTIONS = [
  { value: "newest", label: "Newest first" },
  { value: "oldest", label: "Oldest first" },
  { value: "balance", label: "Highest balance" },
  { value: "email", label: "User email" },
];

export default async function KazawalletCardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requirePagePermission("kazawallet.read");
  const filter = cardFilterSchema.parse(await searchParams);
  const { cards, foreignCount, syncError } = await listCards(filter);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Kazawallet cards"
        description="Virtual cards issued to Kazawallet users. State and balance are Kazawallet's, read when the page opens; an issue whose answer was lost stays UNKNOWN until reconciled."
        actions={can(staff.role, "kazawallet.cards.issue") ? <IssueCardDialog /> : null}
      />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter cards">
        <label className="grid gap-1 text-sm">
          Status
          <NativeSelect name="status" defaultValue={filter.status ?? ""} options={STATUS_OPTIONS} />
        </label>
        <label className="grid gap-1 text-sm">
          Tier
          <NativeSelect name="tier" defaultValue={filter.tier ?? ""} options={TIER_OPTIONS} />
        </label>
        <label className="grid gap-1 text-sm">
          User email
          <Input name="email" defaultValue={filter.email ?? ""} placeholder="contains…" />
        </label>
        <label className="grid gap-1 text-sm">
          Sort
          <NativeSelect name="sort" defaultValue={filter.sort ?? "newest"} options={SORT_OPTIONS} />
        </label>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
      {syncError ? (
        <p role="alert" className="rounded-md border border-warning/40 bg-warning-soft p-3 text-sm">
          Kazawallet could not be read ({syncError}); states and balances below are as last read.
        </p>
      ) : null}
      {foreignCount > 0 ? <p className="text-sm text-muted-foreground">Kazawallet also lists {foreignCount} card(s) not issued from this console.</p> : null}
      {cards.length === 0 ? (
        <EmptyState title="No cards" description="No card matches. Issue one, or change the filters." />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>User</TableHead>
              <TableHead>Card</TableHead>
              <TableHead>Tier</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Balance</TableHead>
              <TableHead>Requested</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cards.map((card) => (
              <TableRow key={card.id} data-testid="card-row">
                <TableCell>
                  <Link className="underline-offset-4 hover:underline" href={`/wallet/cards/${card.id}`}>
                    {card.email}
                  </Link>
                </TableCell>
                <TableCell className="font-mono text-xs">{card.cardNumber ?? card.cardId ?? "—"}</TableCell>
                <TableCell>{card.cardType}</TableCell>
                <TableCell>
                  <CardStatusBadge status={card.status} />
                </TableCell>
                <TableCell className="text-right">{card.balance === null ? "—" : <Money amount={card.balance} currency={card.currency} />}</TableCell>
                <TableCell className="text-sm text-muted-foreground">{new Date(card.requestedAt).toLocaleString("en-GB")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
