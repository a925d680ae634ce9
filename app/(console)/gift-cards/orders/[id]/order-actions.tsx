"use client";

import { Eye, RefreshCw, Scale, Undo2, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { FormError } from "@/components/form/form-error";
import { TextareaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { KtnCredential } from "@/lib/providers/ktn/schemas";
import { reconcileOrderAction, refreshOrderAction, refundOrderAction, revealCredentialsAction, voidOrderAction } from "../../actions";
import { refundSchema } from "../../gift-cards.validation";

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
  const refund = useActionForm({
    schema: refundSchema,
    action: refundOrderAction,
    defaultValues: { reason: "" },
    prepare: (values: { reason: string }) => ({ orderId, ...values }),
    onSuccess: () => {
      toast.success("Order refunded");
      router.refresh();
    },
  });

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
        {can.reveal && status === "FULFILLED" ? (
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
            onOpenChange={(open) => open || refund.form.clearErrors()}
            onConfirm={refund.submit}
          >
            <div className="grid gap-3">
              <TextareaField control={refund.form.control} name="reason" id="refund-reason" label="Reason" placeholder="Customer request, wrong card, …" maxLength={500} />
              <FormError control={refund.form.control} />
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
