import Decimal from "decimal.js";
import type { CardDetail } from "@/lib/providers/kazawallet/operations/queries";

/** Spending (expense transactions that succeeded) per day, last 14 days with any, as bars. Display only. */
export function SpendChart({ transactions }: { transactions: CardDetail["transactions"] }) {
  const byDay = new Map<string, Decimal>();
  for (const t of transactions) {
    if (!t.expense || t.state !== "Successful") continue;
    const day = t.at.slice(0, 10);
    byDay.set(day, (byDay.get(day) ?? new Decimal(0)).plus(t.amount));
  }
  const days = [...byDay].sort(([a], [b]) => a.localeCompare(b)).slice(-14);
  if (days.length === 0) return <p className="text-sm text-muted-foreground">No spending yet.</p>;
  const max = Decimal.max(...days.map(([, v]) => v));
  return (
    <ul className="flex h-32 items-end gap-2" aria-label="Spending per day" data-testid="spend-chart">
      {days.map(([day, value]) => (
        <li key={day} className="flex flex-1 flex-col items-center gap-1 text-xs">
          <span className="tabular-nums">{value.toFixed(2)}</span>
          <span className="w-full rounded-t bg-primary" style={{ height: `${value.div(max).mul(80).toNumber()}px` }} aria-hidden />
          <span className="text-muted-foreground">{day.slice(5)}</span>
        </li>
      ))}
    </ul>
  );
}
