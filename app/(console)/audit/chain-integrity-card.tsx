"use client";

import { ShieldAlert, ShieldCheck } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AuditChainResult } from "@/lib/audit/verify";
import { verifyAuditChainAction } from "./actions";

function ChainResult({ result }: { result: AuditChainResult }) {
  if (result.ok) {
    const { anchor } = result;
    return (
      <div className="space-y-1">
        <p className="flex items-center gap-2 text-sm text-success-soft-foreground">
          <ShieldCheck className="size-4" aria-hidden /> Intact: {result.count} events
        </p>
        <p className="text-xs text-muted-foreground">
          {anchor.lastSeq === null
            ? "No signed checkpoint yet: one follows within seconds of new events."
            : `Anchored by ${anchor.checkpoints} signed checkpoint(s), the last at event ${anchor.lastSeq}${anchor.unanchored > 0 ? `; ${anchor.unanchored} newer event(s) not anchored yet` : ""}.`}
        </p>
      </div>
    );
  }
  const { seq, id, reason, detail } = result.brokenAt;
  return (
    <p className="flex items-start gap-2 text-sm text-destructive">
      <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>
        {id ? (
          <>
            Broken at event {seq} (<code className="font-mono text-xs">{id}</code>):{" "}
          </>
        ) : (
          <>Broken ({reason}): </>
        )}
        {detail}. {result.count} events are intact.
      </span>
    </p>
  );
}

/** Re-checks the audit hash chain on demand (the same check as `npm run audit:verify`). */
export function ChainIntegrityCard() {
  const [result, setResult] = useState<AuditChainResult | null>(null);
  const [pending, startTransition] = useTransition();

  const verify = () =>
    startTransition(async () => {
      const outcome = await verifyAuditChainAction({});
      if (outcome.ok) setResult(outcome.data);
      else toast.error(outcome.error.message);
    });

  return (
    <Card className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle role="heading" aria-level={2}>
          Chain integrity
        </CardTitle>
        <CardDescription>Each event carries a keyed hash of the one before it, and signed checkpoints kept outside the database record the chain&apos;s head, so an edited, removed or forged event breaks the chain.</CardDescription>
        <CardAction>
          <Button variant="outline" size="sm" onClick={verify} disabled={pending}>
            {pending ? "Verifying…" : "Verify chain"}
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="px-4" aria-live="polite">
        {result ? <ChainResult result={result} /> : <p className="text-sm text-muted-foreground">Not checked yet on this page.</p>}
      </CardContent>
    </Card>
  );
}
