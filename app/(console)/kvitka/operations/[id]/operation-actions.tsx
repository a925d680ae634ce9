"use client";

import { Scale } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { AbandonDialog } from "../../abandon-dialog";
import { reconcileDepositAction, resolveWithdrawalAction } from "../../actions";
import { finishHref, type LiveOperationPermissions } from "../../live-operations";
import { useActionRunner } from "../../use-action-runner";

/** What can be done with one operation now; each button only when its state and the role allow. */
export function OperationActions({ operation: op, can }: { operation: KvitkaOperationDto; can: LiveOperationPermissions }) {
  const router = useRouter();
  const { pending, run } = useActionRunner();
  const [kvitkaSays, setKvitkaSays] = useState<"holding" | "initiated">("holding");
  const [note, setNote] = useState("");
  const refresh = () => router.refresh();
  const finishAllowed = op.direction === "WITHDRAW" ? can.withdraw : can.deposit;

  return (
    <div className="flex flex-wrap gap-2">
      {op.can.finish && finishAllowed ? (
        <Button asChild>
          <Link href={finishHref(op)}>{op.direction === "WITHDRAW" ? "Finish: confirm or abandon" : "Finish: confirm or reject"}</Link>
        </Button>
      ) : null}
      {op.can.abandon && can.resolve ? <AbandonDialog operation={op} trigger={<Button variant="outline">Abandon</Button>} onDone={refresh} /> : null}
      {op.can.reconcile && can.resolve ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(() => reconcileDepositAction({ operationId: op.id }), (d) => `KvitkaCard says: ${d.operation.status.replace("_", " ")}`).then(refresh)}>
          <Scale className="size-4" aria-hidden /> Check state with KvitkaCard
        </Button>
      ) : null}
      {op.can.resolve && can.resolve ? (
        <ConfirmDialog
          trigger={<Button variant="secondary">Record KvitkaCard&apos;s answer</Button>}
          title="What did KvitkaCard say about this withdrawal?"
          description={`KvitkaCard has no status endpoint: ask its support about operation #${op.providerOperationId}. Record their answer here; the console sends nothing.`}
          confirmLabel="Record answer"
          destructive={false}
          onConfirm={async () => {
            if (note.trim().length < 3) {
              toast.error("Say who at KvitkaCard confirmed it, and when.");
              return false;
            }
            const data = await run(() => resolveWithdrawalAction({ operationId: op.id, kvitkaSays, note }), "Answer recorded");
            refresh();
            return Boolean(data);
          }}
        >
          <div className="grid gap-3">
            <div className="grid gap-1.5">
              <Label htmlFor="kvitka-says">KvitkaCard says the operation is</Label>
              <NativeSelect
                id="kvitka-says"
                value={kvitkaSays}
                onChange={(e) => setKvitkaSays(e.target.value as "holding" | "initiated")}
                options={[
                  { value: "holding", label: "holding — the points are held (deduct them)" },
                  { value: "initiated", label: "initiated — not confirmed (it may be confirmed again)" },
                ]}
              />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="resolve-note">Who confirmed it, when</Label>
              <Textarea id="resolve-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
            </div>
          </div>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
