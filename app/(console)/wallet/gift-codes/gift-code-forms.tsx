"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { InputField } from "@/components/form/fields";
import { FormError } from "@/components/form/form-error";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { createGiftCodeAction, redeemGiftCodeAction } from "../actions";
import { giftCreateSchema, giftRedeemSchema } from "../wallet.validation";

/** Create a gift code (confirmation first); the code and its expiry are shown this once, then only masked. */
export function CreateGiftCodeForm() {
  const router = useRouter();
  const [shown, setShown] = useState<{ code: string; expiresAt: string | null } | null>(null);
  const { form, submit } = useActionForm({
    schema: giftCreateSchema,
    action: createGiftCodeAction,
    defaultValues: { currency: "USD", amount: "" },
    onSuccess: (result) => {
      if (result.code) setShown({ code: result.code, expiresAt: result.expiresAt });
      else toast.warning("Kazawallet did not answer in time: the code, if one was made, cannot be shown.");
      form.reset({ currency: "USD", amount: "" });
      router.refresh();
    },
  });
  const [amount, currency] = useWatch({ control: form.control, name: ["amount", "currency"] });
  return (
    <div className="space-y-4">
      <form className="flex flex-wrap items-end gap-3" noValidate onSubmit={(e) => e.preventDefault()} aria-label="Create a gift code">
        <InputField control={form.control} name="currency" id="gift-currency" label="Currency" />
        <InputField control={form.control} name="amount" id="gift-amount" label="Amount" inputMode="decimal" autoComplete="off" />
        <ConfirmDialog
          trigger={<Button type="button">Create gift code</Button>}
          title="Create this gift code?"
          description={`${amount || "—"} ${currency} is taken from the merchant's ${currency} wallet. The code expires one year from now (fixed by Kazawallet).`}
          confirmLabel="Create code"
          pendingLabel="Creating…"
          onConfirm={() => submit()}
        />
      </form>
      <FormError control={form.control} />
      {shown ? (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-success/40 bg-success-soft p-3">
          <span className="font-mono text-lg" data-testid="gift-code">
            {shown.code}
          </span>
          <span className="text-sm" data-testid="gift-expiry">
            expires {shown.expiresAt ? new Date(shown.expiresAt).toLocaleDateString("en-GB") : "—"}
          </span>
          <CopyButton value={shown.code} label="Copy code" />
          <span className="text-sm text-muted-foreground">Shown once: after you leave this page only the last 4 characters remain.</span>
          <Button size="sm" variant="ghost" onClick={() => setShown(null)}>
            Hide
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** Redeem a gift code for a user. */
export function RedeemGiftCodeForm() {
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: giftRedeemSchema,
    action: redeemGiftCodeAction,
    defaultValues: { code: "", userEmail: "" },
    onSuccess: (result) => {
      toast.success(`Redeemed ${result.amount} ${result.currency}`);
      form.reset({ code: "", userEmail: "" });
      router.refresh();
    },
  });
  return (
    <form className="flex flex-wrap items-end gap-3" noValidate onSubmit={submit} aria-label="Redeem a gift code">
      <InputField control={form.control} name="code" id="redeem-code" label="Gift code" autoComplete="off" />
      <InputField control={form.control} name="userEmail" id="redeem-email" label="User email" type="email" />
      <SubmitButton control={form.control} pendingLabel="Redeeming…">
        Redeem
      </SubmitButton>
      <FormError control={form.control} />
    </form>
  );
}
