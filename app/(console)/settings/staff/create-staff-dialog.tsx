"use client";

import { UserPlus } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { createStaffAction } from "./actions";
import type { CreateStaffInput } from "./staff.validation";

const EMPTY: CreateStaffInput = { email: "", name: "", role: "VIEWER", password: "" };

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages ? (
    <p id={id} className="text-sm text-destructive">
      {messages.join(" ")}
    </p>
  ) : null;
}

/**
 * Creates a staff account. With the password left empty the server generates one, which this
 * dialog shows once (it is stored only as a hash).
 */
export function CreateStaffDialog({ minPasswordLength }: { minPasswordLength: number }) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<CreateStaffInput>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [created, setCreated] = useState<{ email: string; generatedPassword: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (field: keyof CreateStaffInput) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const reset = () => {
    setForm(EMPTY);
    setFieldErrors({});
    setCreated(null);
  };

  const submit = () =>
    startTransition(async () => {
      const result = await createStaffAction(form);
      if (!result.ok) {
        setFieldErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      toast.success(`Created an account for ${result.data.email}.`);
      if (result.data.generatedPassword) setCreated({ email: result.data.email, generatedPassword: result.data.generatedPassword });
      else {
        setOpen(false);
        reset();
      }
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
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
              <Button onClick={() => (setOpen(false), reset())}>Done</Button>
            </DialogFooter>
          </div>
        ) : (
          <form
            className="grid gap-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <div className="grid gap-1.5">
              <Label htmlFor="staff-email">Email</Label>
              <Input id="staff-email" type="email" autoComplete="off" required value={form.email} onChange={(e) => set("email")(e.target.value)} aria-invalid={Boolean(fieldErrors.email)} aria-describedby="staff-email-error" />
              <FieldError id="staff-email-error" messages={fieldErrors.email} />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="staff-name">Name</Label>
              <Input id="staff-name" required maxLength={100} value={form.name} onChange={(e) => set("name")(e.target.value)} aria-invalid={Boolean(fieldErrors.name)} aria-describedby="staff-name-error" />
              <FieldError id="staff-name-error" messages={fieldErrors.name} />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="staff-role">Role</Label>
              <NativeSelect
                id="staff-role"
                wrapperClassName="w-full"
                value={form.role}
                onChange={(e) => set("role")(e.target.value as Role)}
                options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
              />
              <FieldError id="staff-role-error" messages={fieldErrors.role} />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="staff-password">Initial password (optional)</Label>
              <Input
                id="staff-password"
                type="password"
                autoComplete="new-password"
                minLength={minPasswordLength}
                value={form.password}
                onChange={(e) => set("password")(e.target.value)}
                aria-invalid={Boolean(fieldErrors.password)}
                aria-describedby="staff-password-help"
              />
              <p id="staff-password-help" className={fieldErrors.password ? "text-sm text-destructive" : "text-sm text-muted-foreground"}>
                {fieldErrors.password?.join(" ") ?? `At least ${minPasswordLength} characters. Leave empty to generate one.`}
              </p>
            </div>
            <DialogFooter>
              <Button type="submit" disabled={pending}>
                {pending ? "Creating…" : "Create account"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
