import { Check, X } from "lucide-react";
import type { LimitCheck } from "@/lib/providers/kvitka/operations/deposit-limits";

function Row({ label, value, ok }: { label: string; value: string; ok: boolean }) {
  const Icon = ok ? Check : X;
  return (
    <div className="flex items-center justify-between gap-4 border-b py-2 last:border-b-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className={ok ? "flex items-center gap-1.5 tabular-nums" : "flex items-center gap-1.5 font-medium text-destructive tabular-nums"}>
        {value}
        <Icon className="size-4" aria-label={ok ? "within the limit" : "beyond the limit"} />
      </dd>
    </div>
  );
}

/** The deposit's points against our own limits (per deposit, per UTC day). */
export function LimitCheckList({ limits }: { limits: LimitCheck }) {
  return (
    <dl className="rounded-md border px-3 text-sm" aria-label="Our limits" data-testid="limit-check" data-ok={limits.ok}>
      <Row label="Per deposit (max)" value={`${limits.points} of ${limits.perOperationMax} points`} ok={limits.withinPerOperation} />
      <Row label={`Today (credited ${limits.creditedToday} of ${limits.perDayMax})`} value={`${limits.points} of ${limits.remainingToday} left`} ok={limits.withinPerDay} />
    </dl>
  );
}
