"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { EnrolledReward } from "@/lib/providers/kard/operations/kard-user-record";
import { updateKardUserAction } from "./actions";
import { FieldError } from "./field-error";

/**
 * Edits a user's programmes, zip code and email at Kard. Kard's update replaces every
 * attribute, so the server re-reads the user and sends back what this form does not edit.
 */
export function EditUserDialog({ user }: { user: { id: string; zipCode: string | null; enrolledRewards: EnrolledReward[] } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [zipCode, setZipCode] = useState(user.zipCode ?? "");
  const [email, setEmail] = useState("");
  const [cardlinked, setCardlinked] = useState(user.enrolledRewards.includes("CARDLINKED"));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const result = await updateKardUserAction({ userId: user.id, zipCode, email, enrolledRewards: cardlinked ? ["CARDLINKED"] : [] });
      if (!result.ok) {
        setFieldErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      toast.success(`Updated ${user.id} at Kard.`);
      setOpen(false);
      setEmail("");
      router.refresh();
    });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
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
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor="edit-zipCode">Zip code</Label>
            <Input id="edit-zipCode" inputMode="numeric" value={zipCode} onChange={(e) => setZipCode(e.target.value)} aria-describedby="edit-zipCode-error" />
            <FieldError id="edit-zipCode-error" messages={fieldErrors.zipCode} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="edit-email">New email (hashed before sending)</Label>
            <Input id="edit-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="edit-email-error" />
            <FieldError id="edit-email-error" messages={fieldErrors.email} />
          </div>
          <div className="flex items-center gap-2">
            <Checkbox id="edit-cardlinked" checked={cardlinked} onCheckedChange={(checked) => setCardlinked(checked === true)} />
            <Label htmlFor="edit-cardlinked">Card-linked offers (CARDLINKED)</Label>
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save at Kard"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
