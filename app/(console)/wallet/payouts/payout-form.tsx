"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { InputField, SelectField } from "@/components/form/fields";
import { FormError } from "@/components/form/form-error";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { MethodField } from "@/lib/providers/kazawallet/schemas/merchant";
import { createPayoutAction, methodFieldsAction } from "../actions";
import { payoutSchema } from "../wallet.validation";

type Fields = { kind: "WITHDRAWAL" | "DEPOSIT" | "TRANSFER"; email: string; currency: string; amount: string; note: string; paymentMethod: string; fields: Record<string, string> };
const DEFAULTS: Fields = { kind: "WITHDRAWAL", email: "", currency: "USDT", amount: "", note: "", paymentMethod: "15", fields: {} };

/** The payment methods offered (seed 004 "Payment Methods": development ids; production ids once live). */
export interface MethodOption {
  value: string;
  label: string;
}

/**
 * A withdrawal, deposit or transfer. For a withdrawal or deposit the method's fields are fetched
 * from Kazawallet (GET /get-payment-method-fields) and the form is built from them; sending asks
 * for a confirmation first.
 */
export function PayoutForm({ methods }: { methods: MethodOption[] }) {
  const router = useRouter();
  const [methodFields, setMethodFields] = useState<MethodField[]>([]);
  const [fieldsError, setFieldsError] = useState<string | null>(null);
  const { form, submit } = useActionForm({
    schema: payoutSchema,
    action: createPayoutAction,
    defaultValues: DEFAULTS,
    prepare: (values: Fields) => ({
      ...values,
      paymentMethod: values.kind === "TRANSFER" ? undefined : values.paymentMethod,
      fields: values.kind === "TRANSFER" ? undefined : Object.fromEntries(methodFields.map((f) => [f.slug, values.fields?.[f.slug] ?? ""])),
    }),
    onSuccess: (request) => {
      if (request.status === "UNKNOWN") toast.warning("Kazawallet did not answer in time: the request is UNKNOWN.");
      else toast.success(`Request ${request.status}`);
      form.reset(DEFAULTS);
      router.refresh();
    },
  });
  const [kind, paymentMethod, amount, currency, email] = useWatch({ control: form.control, name: ["kind", "paymentMethod", "amount", "currency", "email"] });

  useEffect(() => {
    if (kind === "TRANSFER") return;
    let live = true;
    void methodFieldsAction({ paymentMethod, kind: kind === "WITHDRAWAL" ? "withdraw" : "deposit" }).then((result) => {
      if (!live) return;
      setMethodFields(result.ok ? result.data.fields : []);
      setFieldsError(result.ok ? null : result.error.message);
    });
    return () => {
      live = false;
    };
  }, [kind, paymentMethod]);

  const shownFields = kind === "TRANSFER" ? [] : methodFields;
  return (
    <form className="grid gap-4 md:grid-cols-3" noValidate onSubmit={(e) => e.preventDefault()} aria-label="New payout">
      <SelectField
        control={form.control}
        name="kind"
        id="payout-kind"
        label="Kind"
        options={[
          { value: "WITHDRAWAL", label: "Withdrawal (to a payment method)" },
          { value: "DEPOSIT", label: "Deposit request (for a user)" },
          { value: "TRANSFER", label: "Transfer (merchant → user)" },
        ]}
      />
      <InputField control={form.control} name="email" id="payout-email" label="User email" type="email" />
      <InputField control={form.control} name="currency" id="payout-currency" label="Currency" />
      <InputField control={form.control} name="amount" id="payout-amount" label="Amount" inputMode="decimal" autoComplete="off" />
      {kind !== "TRANSFER" ? <SelectField control={form.control} name="paymentMethod" id="payout-method" label="Payment method" options={methods} /> : null}
      <InputField control={form.control} name="note" id="payout-note" label="Note (optional)" />
      {shownFields.map((field) => (
        <InputField key={field.slug} control={form.control} name={`fields.${field.slug}`} id={`payout-field-${field.slug}`} label={`${field.label}${field.required ? "" : " (optional)"}`} type={field.type} />
      ))}
      {fieldsError ? (
        <p role="alert" className="text-sm text-destructive md:col-span-3">
          {fieldsError}
        </p>
      ) : null}
      <div className="md:col-span-3">
        <FormError control={form.control} />
      </div>
      <div>
        <ConfirmDialog
          trigger={<Button type="button">Send request</Button>}
          title={`Send this ${kind.toLowerCase()}?`}
          description={`${amount || "—"} ${currency} for ${email || "—"}. Kazawallet documents no way to cancel it from here.`}
          confirmLabel={`Send ${kind.toLowerCase()}`}
          pendingLabel="Sending…"
          onConfirm={() => submit()}
        />
      </div>
    </form>
  );
}
