"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { EnrolledReward } from "@/lib/providers/kard/operations/kard-user-record";
import { updateKardUserAction } from "./actions";
import { CardlinkedField } from "./cardlinked-field";
import { updateUserSchema } from "./users.validation";

interface EditFields {
  zipCode: string;
  email: string;
  enrolledRewards: EnrolledReward[];
}

/**
 * Edits a user's programmes, zip code and email at Kard. Kard's update replaces every
 * attribute, so the server re-reads the user and sends back what this form does not edit.
 */
export function EditUserDialog({ user }: { user: { id: string; zipCode: string | null; enrolledRewards: EnrolledReward[] } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const current: EditFields = { zipCode: user.zipCode ?? "", email: "", enrolledRewards: user.enrolledRewards.includes("CARDLINKED") ? ["CARDLINKED"] : [] };
  const { form, submit, pending } = useActionForm({
    schema: updateUserSchema,
    action: updateKardUserAction,
    defaultValues: current,
    prepare: (values: EditFields) => ({ userId: user.id, ...values }),
    onSuccess: () => {
      toast.success(`Updated ${user.id} at Kard.`);
      setOpen(false);
      router.refresh();
    },
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        if (next) form.reset(current);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Edit ${user.id}`}>
          <Pencil className="size-4" aria-hidden /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit {user.id}</DialogTitle>
          <DialogDescription>Leave the email empty to keep the current one. Without CARDLINKED the user sees no offers.</DialogDescription>
        </DialogHeader>
        <form className="grid gap-4" noValidate onSubmit={submit}>
          <InputField control={form.control} name="zipCode" id="edit-zipCode" label="Zip code" inputMode="numeric" />
          <InputField control={form.control} name="email" id="edit-email" label="New email (hashed before sending)" type="email" />
          <CardlinkedField control={form.control} id="edit-cardlinked" />
          <FormError control={form.control} />
          <DialogFooter>
            <SubmitButton control={form.control} pendingLabel="Saving…">
              Save at Kard
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
