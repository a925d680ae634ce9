"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { InputField } from "@/components/form/fields";
import { FormError } from "@/components/form/form-error";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { createPaymentLinkAction } from "../actions";
import { paymentLinkSchema } from "../wallet.validation";

const DEFAULTS = { amount: "", currency: "USD", email: "", ref: "", redirectUrl: "" };

/** Create a payment link: amount, currency, payer email, reference and redirect URL. */
export function PaymentLinkForm() {
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: paymentLinkSchema,
    action: createPaymentLinkAction,
    defaultValues: DEFAULTS,
    onSuccess: (link) => {
      if (link.status === "pending") toast.success("Payment link created");
      else toast.warning(`The link is ${link.status}.`);
      form.reset(DEFAULTS);
      router.refresh();
    },
  });
  return (
    <form className="grid gap-4 md:grid-cols-3" noValidate onSubmit={submit} aria-label="Create a payment link">
      <InputField control={form.control} name="amount" id="link-amount" label="Amount" inputMode="decimal" autoComplete="off" />
      <InputField control={form.control} name="currency" id="link-currency" label="Currency" />
      <InputField control={form.control} name="email" id="link-email" label="Payer email" type="email" />
      <InputField control={form.control} name="ref" id="link-ref" label="Reference (optional)" help="Sent back in the webhook, e.g. your order id." />
      <InputField control={form.control} name="redirectUrl" id="link-redirect" label="Redirect URL (optional)" type="url" />
      <div className="flex items-end">
        <SubmitButton control={form.control} pendingLabel="Creating…">
          Create link
        </SubmitButton>
      </div>
      <div className="md:col-span-3">
        <FormError control={form.control} />
      </div>
    </form>
  );
}
