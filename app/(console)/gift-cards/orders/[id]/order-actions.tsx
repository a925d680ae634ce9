"use client";

import { Eye, RefreshCw, Scale, Undo2, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import type { KtnCredential } from "@/lib/providers/ktn/schemas";
import { reconcileOrderAction, refreshOrderAction, refundOrderAction, revealCredentialsAction, voidOrderAction } from "../../actions";

export interface OrderActionPermissions {
  refresh: boolean;
  reconcile: boolean;
  reveal: boolean;
  refund: boolean;
  void: boolean;
}

/** The buttons of an order page; each shows only when the role and the order's state allow it. */
export function OrderActions({ orderId, status, hasProviderId, can }: { orderId: string; status: string; hasProviderId: boolean; can: OrderActionPermissions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [credentials, setCredentials] = useState<KtnCredential[] | null>(null);
  const [reason, setReason] = useState("");

  const run = <T,>(label: string, action: () => Promise<ActionResult<T>>, onOk?: (data: T) => void) =>
    new Promise<boolean>((resolve) =>
      startTransition(async () => {
        const result = await action();
        if (result.ok) {
          toast.success(label);
          onOk?.(result.data);
          router.refresh();
        } else toast.error(result.error.message);
        resolve(result.ok);
      }),
    );

  const open = status === "PROCESSING" || status === "PENDING" || status === "UNKNOWN";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {can.reconcile && (status === "UNKNOWN" || status === "PENDING") ? (
          <Button variant="secondary" disabled={pending} onClick={() => run("Reconciled with KTN", () => reconcileOrderAction({ orderId }))}>
            <Scale className="size-4" aria-hidden /> Reconcile
          </Button>
        ) : null}
        {can.refresh && hasProviderId && open && status !== "UNKNOWN" ? (
          <Button variant="secondary" disabled={pending} onClick={() => run("Asked KTN to refresh the order", () => refreshOrderAction({ orderId }))}>
            <RefreshCw className="size-4" aria-hidden /> Refresh
          </Button>
        ) : null}
        {can.reveal && (status === "FULFILLED" || status === "REFUNDED") ? (
          <Button variant="outline" disabled={pending} onClick={() => run("Credentials revealed (audited)", () => revealCredentialsAction({ orderId }), setCredentials)}>
            <Eye className="size-4" aria-hidden /> Reveal credentials
          </Button>
        ) : null}
        {can.refund && status === "FULFILLED" ? (
          <ConfirmDialog
            trigger={
              <Button variant="destructive" disabled={pending}>
                <Undo2 className="size-4" aria-hidden /> Refund
              </Button>
            }
            title="Refund this order?"
            description="KTN reverses the payment for this card. Refunds cannot be undone, and some brands refuse them."
            confirmLabel="Refund order"
            pendingLabel="Refunding…"
            onConfirm={() => (reason.trim().length < 3 ? (toast.error("Give a reason of at least 3 characters."), false) : run("Order refunded", () => refundOrderAction({ orderId, reason })))}
          >
            <div className="grid gap-1.5">
              <Label htmlFor="refund-reason">Reason</Label>
              <Textarea id="refund-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Customer request, wrong card, …" maxLength={500} />
            </div>
          </ConfirmDialog>
        ) : null}
        {can.void && status === "PROCESSING" ? (
          <ConfirmDialog
            trigger={
              <Button variant="destructive" disabled={pending}>
                <XCircle className="size-4" aria-hidden /> Void
              </Button>
            }
            title="Void this order?"
            description="KTN cancels the payment before the card is issued. This cannot be undone."
            confirmLabel="Void order"
            pendingLabel="Voiding…"
            onConfirm={() => run("Order voided", () => voidOrderAction({ orderId }))}
          />
        ) : null}
      </div>
      {credentials ? (
        <section aria-label="Gift card credentials" className="space-y-2 rounded-md border border-warning/50 bg-warning/10 p-4">
          <p className="text-sm font-medium">Credentials — shown once on this screen, not stored by the console.</p>
          {credentials.map((c, i) => (
            <dl key={i} className="grid grid-cols-[8rem_1fr_auto] items-center gap-2 text-sm">
              {(["cardNumber", "pinCode", "redemptionUrl"] as const).map((field) =>
                c[field] ? (
                  <div key={field} className="contents">
                    <dt className="text-muted-foreground">{field === "cardNumber" ? "Card number" : field === "pinCode" ? "PIN" : "Redemption URL"}</dt>
                    <dd className="font-mono" data-testid={`credential-${field}`}>
                      {c[field]}
                    </dd>
                    <CopyButton value={c[field]!} label={`Copy ${field}`} />
                  </div>
                ) : null,
              )}
            </dl>
          ))}
          <Button size="sm" variant="ghost" onClick={() => setCredentials(null)}>
            Hide
          </Button>
        </section>
      ) : null}
    </div>
  );
}
