"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { flagFraudAction } from "./actions";
import { kardTransactionKeys } from "./query-keys";

/** Flags one transaction as fraudulent at Kard, behind a confirmation. */
export function FlagFraudButton({ userId, transactionId }: { userId: string; transactionId: string }) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="icon" aria-label={`Flag ${transactionId} as fraud`} title="Flag as fraud">
          <ShieldAlert className="size-4" aria-hidden />
        </Button>
      }
      title={`Flag ${transactionId} as fraudulent?`}
      description="Kard will not reward this transaction, and claws back a reward it already earned. There is no call to undo a flag."
      confirmLabel="Flag as fraud"
      pendingLabel="Flagging…"
      onConfirm={async () => {
        const result = await flagFraudAction({ userId, transactionId });
        if (!result.ok) {
          toast.error(result.error.message);
          return false;
        }
        toast.success(`${transactionId} is flagged as fraudulent.`);
        await queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
      }}
    />
  );
}
