"use client";

import { UserPlus } from "lucide-react";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField, SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { createStaffAction } from "./actions";
import { createStaffSchemaFor } from "./create-staff-schema";

interface StaffFields {
  email: string;
  name: string;
  role: Role;
  password: string;
}

const EMPTY: StaffFields = { email: "", name: "", role: "VIEWER", password: "" };

/**
 * Creates a staff account. With the password left empty the server generates one, which this
 * dialog shows once (it is stored only as a hash).
 */
export function CreateStaffDialog({ minPasswordLength }: { minPasswordLength: number }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ email: string; generatedPassword: string } | null>(null);
  // The action's own schema, built with the minimum length the page read from the password policy.
  const schema = useMemo(() => createStaffSchemaFor(minPasswordLength), [minPasswordLength]);
  const { form, submit, pending } = useActionForm({
    schema,
    action: createStaffAction,
    defaultValues: EMPTY,
    onSuccess: ({ email, generatedPassword }) => {
      toast.success(`Created an account for ${email}.`);
      if (generatedPassword) setCreated({ email, generatedPassword });
      else close();
    },
  });

  const close = () => {
    setOpen(false);
    setCreated(null);
    form.reset(EMPTY);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        if (next) setOpen(true);
        else close();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus className="size-4" aria-hidden /> Add staff
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{created ? "Account created" : "Add a staff account"}</DialogTitle>
          <DialogDescription>
            {created
              ? "Give this password to the person through a channel you trust. It is shown only now."
              : "The person signs in with this email and password. Their role decides what they can do."}
          </DialogDescription>
        </DialogHeader>
        {created ? (
          <div className="grid gap-4">
            <section aria-label="Generated password" className="grid gap-2 rounded-md border border-warning/50 bg-warning/10 p-4 text-sm">
              <p>
                Password for <span className="font-medium">{created.email}</span>
              </p>
              <div className="flex items-center gap-2">
                <code className="font-mono text-base" data-testid="generated-password">
                  {created.generatedPassword}
                </code>
                <CopyButton value={created.generatedPassword} label="Copy password" />
              </div>
            </section>
            <DialogFooter>
              <Button onClick={close}>Done</Button>
            </DialogFooter>
          </div>
        ) : (
          <form className="grid gap-4" noValidate onSubmit={submit}>
            <InputField control={form.control} name="email" id="staff-email" label="Email" type="email" autoComplete="off" />
            <InputField control={form.control} name="name" id="staff-name" label="Name" maxLength={100} />
            <SelectField control={form.control} name="role" id="staff-role" label="Role" options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
            <InputField
              control={form.control}
              name="password"
              id="staff-password"
              label="Initial password (optional)"
              type="password"
              autoComplete="new-password"
              help={`At least ${minPasswordLength} characters. Leave empty to generate one.`}
            />
            <FormError control={form.control} />
            <DialogFooter>
              <SubmitButton control={form.control} pendingLabel="Creating…">
                Create account
              </SubmitButton>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
