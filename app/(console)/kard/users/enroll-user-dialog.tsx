"use client";

import { UserPlus } from "lucide-react";
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
import { enrollKardUserAction } from "./actions";
import { CardlinkedField } from "./cardlinked-field";
import { enrollSchema } from "./users.validation";

interface EnrollFields {
  userId: string;
  email: string;
  zipCode: string;
  enrolledRewards: EnrolledReward[];
}

const EMPTY: EnrollFields = { userId: "", email: "", zipCode: "", enrolledRewards: ["CARDLINKED"] };

/**
 * Enrols a user with Kard. The email is turned into a Hashed Email on the server: Kard receives
 * the HEM, the console keeps the HEM and a masked address.
 */
export function EnrollUserDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, submit, pending } = useActionForm({
    schema: enrollSchema,
    action: enrollKardUserAction,
    defaultValues: EMPTY,
    onSuccess: (user) => {
      toast.success(`Enrolled ${user.id} with Kard.`);
      setOpen(false);
      router.push(`/kard/users/${encodeURIComponent(user.id)}`);
    },
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        if (next) form.reset(EMPTY);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus className="size-4" aria-hidden /> Enroll user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Enroll a user with Kard</DialogTitle>
          <DialogDescription>Kard receives the user id, the zip code and a SHA-256 hash of the email (HEM), never the address itself.</DialogDescription>
        </DialogHeader>
        <form className="grid gap-4" noValidate onSubmit={submit}>
          <InputField control={form.control} name="userId" id="enroll-userId" label="User id" maxLength={64} placeholder="Your own customer id" autoComplete="off" />
          <InputField control={form.control} name="email" id="enroll-email" label="Email (hashed before sending)" type="email" />
          <InputField control={form.control} name="zipCode" id="enroll-zipCode" label="Zip code" inputMode="numeric" />
          <CardlinkedField control={form.control} id="enroll-cardlinked" />
          <FormError control={form.control} />
          <DialogFooter>
            <SubmitButton control={form.control} pendingLabel="Enrolling…">
              Enroll
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
