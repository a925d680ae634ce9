"use client";

import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { enrollKardUserAction } from "./actions";
import { FieldError } from "./field-error";
import type { EnrollFormInput } from "./users.validation";

const EMPTY: EnrollFormInput = { userId: "", email: "", zipCode: "", enrolledRewards: ["CARDLINKED"] };

/**
 * Enrols a user with Kard. The email is turned into a Hashed Email on the server: Kard receives
 * the HEM, the console keeps the HEM and a masked address.
 */
export function EnrollUserDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<EnrollFormInput>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const set = (field: "userId" | "email" | "zipCode") => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const cardlinked = form.enrolledRewards.includes("CARDLINKED");

  const submit = () =>
    startTransition(async () => {
      const result = await enrollKardUserAction(form);
      if (!result.ok) {
        setFieldErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      toast.success(`Enrolled ${result.data.id} with Kard.`);
      setOpen(false);
      setForm(EMPTY);
      router.push(`/kard/users/${encodeURIComponent(result.data.id)}`);
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFieldErrors({});
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
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor="enroll-userId">User id</Label>
            <Input id="enroll-userId" value={form.userId} onChange={(e) => set("userId")(e.target.value)} required maxLength={64} aria-describedby="enroll-userId-error" placeholder="Your own customer id" />
            <FieldError id="enroll-userId-error" messages={fieldErrors.userId} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="enroll-email">Email (hashed before sending)</Label>
            <Input id="enroll-email" type="email" value={form.email} onChange={(e) => set("email")(e.target.value)} aria-describedby="enroll-email-error" />
            <FieldError id="enroll-email-error" messages={fieldErrors.email} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="enroll-zipCode">Zip code</Label>
            <Input id="enroll-zipCode" inputMode="numeric" value={form.zipCode} onChange={(e) => set("zipCode")(e.target.value)} aria-describedby="enroll-zipCode-error" />
            <FieldError id="enroll-zipCode-error" messages={fieldErrors.zipCode} />
          </div>
          <div className="flex items-center gap-2">
            <Checkbox
              id="enroll-cardlinked"
              checked={cardlinked}
              onCheckedChange={(checked) => setForm((f) => ({ ...f, enrolledRewards: checked === true ? ["CARDLINKED"] : [] }))}
            />
            <Label htmlFor="enroll-cardlinked">Card-linked offers (CARDLINKED)</Label>
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending || !form.userId.trim()}>
              {pending ? "Enrolling…" : "Enroll"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
