"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { reconcileSubmissionAction } from "./actions";
import { kardTransactionKeys } from "./query-keys";

/**
 * Resends one event whose submission Kard never answered (reconcileSubmission), behind a
 * confirmation: the stored event goes again under its own event id, so Kard takes it at most once.
 */
export function ResendSubmissionButton({ id, transactionId, eventId }: { id: string; transactionId: string; eventId: string | null }) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm">
          <Send className="size-4" aria-hidden /> Resend
        </Button>
      }
      title={`Send ${transactionId} to Kard again?`}
      description={`Kard did not answer when this event was sent, so it may or may not have it. The same event is sent again under its own id${eventId ? ` (${eventId})` : ""}: Kard answers "already received" when it has it and queues it once when it does not. It is never counted twice.`}
      confirmLabel="Resend event"
      pendingLabel="Resending…"
      destructive={false}
      onConfirm={async () => {
        const result = await reconcileSubmissionAction({ id });
        if (!result.ok) {
          toast.error(result.error.message);
          return false;
        }
        const { submission, error } = result.data;
        if (submission === "ACCEPTED") toast.success(`Kard has ${transactionId}.`);
        else if (submission === "REJECTED") toast.error(`Kard refused ${transactionId}: ${error ?? "no reason given"}`);
        else toast.warning(`Kard did not answer again; ${transactionId} is still ${submission}.`);
        await queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
      }}
    />
  );
}
