"use client";

import { useQuery } from "@tanstack/react-query";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { LimiterSnapshot } from "@/lib/providers/kvitka/operations/queries";
import { kvitkaKeys } from "./query-keys";

async function fetchLimiter(): Promise<LimiterSnapshot> {
  const res = await fetch("/api/kvitka/limiter", { cache: "no-store" });
  if (!res.ok) throw new Error(`limiter route answered ${res.status}`);
  return (await res.json()).limiter;
}

function nextSlot(s: LimiterSnapshot): string {
  const waitMs = s.nextFreeSlotAt - s.at;
  return waitMs <= 0 ? "now" : `in ${Math.ceil(waitMs / 1000)} s`;
}

/**
 * KvitkaCard's budget — 60 requests per 60 s per API token — as our limiter sees it: requests
 * in the window, requests queued, when the next may start, and requests sent per 10 s.
 */
export function LimiterCard({ initial }: { initial: LimiterSnapshot }) {
  const { data: s } = useQuery({ queryKey: kvitkaKeys.limiter, queryFn: fetchLimiter, initialData: initial, initialDataUpdatedAt: 0, refetchInterval: 2_000 });
  const used = Math.min(100, Math.round((s.usedInWindow / s.limit) * 100));
  const peak = Math.max(1, ...s.perBucket);
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Rate limit</CardTitle>
        <CardDescription>
          {s.limit} requests per {s.windowMs / 1000} s per API token · {s.mode === "redis" ? "shared by every console instance" : "this console instance"}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-3">
        <div className="space-y-1.5">
          <div className="flex items-baseline justify-between text-sm">
            <span className="text-muted-foreground">Used in the window</span>
            <span className="font-medium tabular-nums" data-testid="limiter-used">
              {s.usedInWindow} / {s.limit}
            </span>
          </div>
          <div className="h-2 overflow-hidden rounded-full bg-muted" role="meter" aria-label="Requests used in the window" aria-valuemin={0} aria-valuemax={s.limit} aria-valuenow={s.usedInWindow}>
            <div className={used >= 90 ? "h-full bg-destructive" : used >= 60 ? "h-full bg-warning" : "h-full bg-primary"} style={{ width: `${used}%` }} />
          </div>
        </div>
        <dl className="grid grid-cols-2 content-start gap-2 text-sm">
          <dt className="text-muted-foreground">Queued</dt>
          <dd className="text-right tabular-nums" data-testid="limiter-queue">{s.queueDepth}</dd>
          <dt className="text-muted-foreground">Next free slot</dt>
          <dd className="text-right tabular-nums">{nextSlot(s)}</dd>
        </dl>
        <figure className="space-y-1">
          <div className="flex h-16 items-end gap-1" aria-hidden>
            {s.perBucket.map((n, i) => (
              <div key={i} className="flex flex-1 flex-col items-center justify-end gap-0.5">
                <span className="text-[10px] text-muted-foreground tabular-nums">{n || ""}</span>
                <div className="w-full rounded-sm bg-primary/70" style={{ height: `${(n / peak) * 44}px`, minHeight: n ? 2 : 0 }} />
              </div>
            ))}
          </div>
          <div className="flex justify-between text-[10px] text-muted-foreground">
            <span>−{s.windowMs / 1000} s</span>
            <span>now</span>
          </div>
          <figcaption className="text-xs text-muted-foreground">
            Requests sent per 10 s ({s.perBucket.join(", ")}), from the audit history.
          </figcaption>
        </figure>
      </CardContent>
    </Card>
  );
}
