import { Download, Receipt } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { countOrdersByStatus, listOrders } from "@/lib/providers/ktn/operations/queries";
import { cn } from "@/lib/utils";
import { ORDER_FILTER_STATUSES, orderListFilterSchema } from "../gift-cards.validation";
import { OrderStatusBadge } from "../order-status-badge";

export const metadata: Metadata = { title: "Gift card orders" };

function href(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const s = search.toString();
  return s ? `/gift-cards/orders?${s}` : "/gift-cards/orders";
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePagePermission("giftCards.read");
  const filter = orderListFilterSchema.parse(await searchParams);
  const [{ orders, nextCursor }, counts] = await Promise.all([listOrders(filter), countOrdersByStatus()]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const exportHref = `/api/gift-cards/orders/export?${new URLSearchParams(Object.entries({ status: filter.status ?? "", q: filter.q ?? "" }).filter(([, v]) => v))}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Gift card orders"
        description="Every KTN purchase made from this console, newest first."
        actions={
          <Button variant="outline" asChild>
            <a href={exportHref} download>
              <Download className="size-4" aria-hidden /> Export CSV
            </a>
          </Button>
        }
      />
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label="Filter by status" className="flex flex-wrap gap-1.5">
          {[undefined, ...ORDER_FILTER_STATUSES].map((status) => (
            <Link
              key={status ?? "all"}
              href={href({ status, q: filter.q })}
              aria-current={filter.status === status ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-sm transition-colors hover:bg-accent",
                filter.status === status && "border-primary bg-primary text-primary-foreground hover:bg-primary/90",
              )}
            >
              {status ? status.toLowerCase() : "all"} <span className="tabular-nums opacity-70">{status ? (counts[status] ?? 0) : total}</span>
            </Link>
          ))}
        </nav>
        <form className="ml-auto flex gap-2" action="/gift-cards/orders">
          {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
          <label htmlFor="orders-q" className="sr-only">
            Search orders
          </label>
          <input
            id="orders-q"
            name="q"
            defaultValue={filter.q}
            placeholder="Product, brand, sender or KTN id"
            className="h-9 w-64 rounded-md border bg-background px-3 text-sm"
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </div>
      {orders.length === 0 ? (
        <EmptyState
          icon={Receipt}
          title={total === 0 ? "No orders yet" : "No order matches"}
          description={total === 0 ? "Buy a gift card from the catalogue and it appears here." : "Clear the filter or search for something else."}
          action={
            <Button asChild>
              <Link href="/gift-cards">Open the catalogue</Link>
            </Button>
          }
        />
      ) : (
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Product</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Value</TableHead>
                <TableHead className="text-right">Total</TableHead>
                <TableHead>KTN id</TableHead>
                <TableHead>By</TableHead>
                <TableHead>Placed</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {orders.map((o) => (
                <TableRow key={o.id} data-testid="order-row">
                  <TableCell>
                    <Link href={`/gift-cards/orders/${o.id}`} className="font-medium underline-offset-4 hover:underline">
                      {o.productName}
                    </Link>
                    <span className="block text-xs text-muted-foreground">{o.brandName}</span>
                  </TableCell>
                  <TableCell>
                    <OrderStatusBadge status={o.status} />
                  </TableCell>
                  <TableCell className="text-right">
                    <Money amount={o.unitPrice.toString()} currency={o.currencyCode} />
                  </TableCell>
                  <TableCell className="text-right">
                    <Money amount={o.totalAmount.toString()} currency="USD" />
                  </TableCell>
                  <TableCell className="font-mono text-xs">{o.providerOrderId ?? "—"}</TableCell>
                  <TableCell className="text-sm">{o.createdByEmail}</TableCell>
                  <TableCell>
                    <RelativeTime date={o.createdAt} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div className="flex justify-end gap-2">
        {filter.cursor ? (
          <Button variant="outline" asChild>
            <Link href={href({ status: filter.status, q: filter.q })}>First page</Link>
          </Button>
        ) : null}
        {nextCursor ? (
          <Button variant="outline" asChild>
            <Link href={href({ status: filter.status, q: filter.q, cursor: nextCursor })}>Next page</Link>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
