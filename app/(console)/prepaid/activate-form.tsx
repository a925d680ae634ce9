"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { InputField, SelectField } from "@/components/form/fields";
import { FormError } from "@/components/form/form-error";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { EntryType } from "@/lib/providers/open-loyalty/schemas";
import { activateCardAction } from "./actions";
import { activateSchema } from "./prepaid.validation";

const HOLDERS = [
  { value: "1", label: "Primary account holder" },
  { value: "2", label: "Alternate" },
  { value: "3", label: "Giver of the card" },
];

type Values = { customerType: "1" | "2" | "3"; firstName: string; lastName: string; email: string; country: string };

/** giftActivate with the holder's details (required by the documentation). Moves no money. */
export function ActivateForm({ accountId, entryType }: { accountId: string; entryType: EntryType }) {
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: activateSchema,
    action: activateCardAction,
    defaultValues: { customerType: "1", firstName: "", lastName: "", email: "", country: "US" } as Values,
    prepare: (values: Values) => ({ accountId, entryType, ...values }),
    onSuccess: () => {
      toast.success("Card activated");
      router.refresh();
    },
  });
  return (
    <Card className="max-w-xl">
      <CardHeader>
        <CardTitle className="text-base">Activate the card</CardTitle>
        <CardDescription>The card is not activated yet. Activation records its holder; a card is activated once.</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-3" noValidate onSubmit={submit}>
          <SelectField control={form.control} name="customerType" id="customerType" label="Holder" options={HOLDERS} />
          <InputField control={form.control} name="firstName" id="firstName" label="First name" autoComplete="off" />
          <InputField control={form.control} name="lastName" id="lastName" label="Last name" autoComplete="off" />
          <InputField control={form.control} name="email" id="email" label="Email (optional)" type="email" autoComplete="off" />
          <InputField control={form.control} name="country" id="country" label="Country" maxLength={2} />
          <FormError control={form.control} />
          <div>
            <SubmitButton control={form.control} pendingLabel="Activating…">
              Activate card
            </SubmitButton>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
