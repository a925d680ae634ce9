"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { reprocessWebhookEventAction } from "../actions";

/** "Re-process" with a confirmation that says what will happen for this event's state. */
export function ReprocessButton({ eventId, rejected }: { eventId: string; rejected: boolean }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary">
          <RotateCcw className="size-4" aria-hidden /> Re-process
        </Button>
      }
      title="Re-process this event?"
      description={
        rejected
          ? "The stored signature is checked again with the webhook key configured now. Only if it verifies is the event applied; otherwise it stays rejected."
          : "The stored body is verified and applied again. Applying is idempotent: it never moves a transaction back to an earlier stage."
      }
      confirmLabel="Re-process"
      pendingLabel="Re-processing…"
      destructive={false}
      onConfirm={async () => {
        const result = await reprocessWebhookEventAction({ eventId });
        if (result.ok) toast.success(`Event re-processed: ${result.data.status.toLowerCase()}`);
        else toast.error(result.error.message);
        router.refresh();
      }}
    />
  );
}
