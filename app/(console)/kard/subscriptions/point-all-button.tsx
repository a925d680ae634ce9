"use client";

import { Crosshair, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { PointAllChange } from "@/lib/providers/kard/operations/subscriptions";
import { pointAllAtConsoleAction } from "./actions";

const CHANGE_BADGE: Record<PointAllChange["change"], BadgeVariant> = {
  created: "success",
  updated: "info",
  unchanged: "secondary",
  failed: "destructive",
};

function describe(change: PointAllChange): string {
  switch (change.change) {
    case "created":
      return "subscribed";
    case "updated":
      return change.before ? `was ${change.before.enabled ? "" : "off, "}${change.before.webhookUrl}` : "updated";
    case "unchanged":
      return "already pointed here";
    case "failed":
      return change.message;
  }
}

function summary(changes: PointAllChange[]): string {
  const count = (kind: PointAllChange["change"]) => changes.filter((c) => c.change === kind).length;
  const parts = [`${count("created")} created`, `${count("updated")} updated`, `${count("unchanged")} unchanged`];
  if (count("failed")) parts.push(`${count("failed")} failed`);
  return parts.join(", ");
}

/** "Point all event types at this console", then what it changed, event type by event type. */
export function PointAllButton({ consoleUrl, eventCount }: { consoleUrl: string; eventCount: number }) {
  const router = useRouter();
  const [result, setResult] = useState<PointAllChange[] | null>(null);

  async function pointAll() {
    const answer = await pointAllAtConsoleAction({});
    if (!answer.ok) {
      toast.error(answer.error.message);
      return false;
    }
    setResult(answer.data.changes);
    const failed = answer.data.changes.some((c) => c.change === "failed");
    (failed ? toast.warning : toast.success)(`Point all: ${summary(answer.data.changes)}.`);
    router.refresh();
    return true;
  }

  return (
    <>
      <ConfirmDialog
        trigger={
          <Button>
            <Crosshair className="size-4" aria-hidden /> Point all event types at this console
          </Button>
        }
        destructive={false}
        title="Point every event type at this console?"
        description={`Kard will send all ${eventCount} notification types to ${consoleUrl}, switched on. Missing subscriptions are created; others pointing elsewhere or switched off are changed. Each change is audited.`}
        confirmLabel="Point all here"
        pendingLabel="Pointing…"
        onConfirm={pointAll}
      />
      {result ? (
        <section aria-label="What changed" className="basis-full rounded-md border bg-muted/30 p-4 text-sm" data-testid="point-all-result">
          <div className="mb-2 flex items-center justify-between gap-2">
            <p className="font-medium">Point all: {summary(result)}</p>
            <Button variant="ghost" size="icon" aria-label="Dismiss" onClick={() => setResult(null)}>
              <X className="size-4" aria-hidden />
            </Button>
          </div>
          <ul className="grid gap-1">
            {result.map((change, index) => (
              <li key={`${change.eventName}-${index}`} className="flex flex-wrap items-center gap-2" data-testid="point-all-change">
                <Badge variant={CHANGE_BADGE[change.change]}>{change.change}</Badge>
                <span className="font-mono text-xs">{change.eventName}</span>
                <span className="text-muted-foreground">{describe(change)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
