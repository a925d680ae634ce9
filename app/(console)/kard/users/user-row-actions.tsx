"use client";

import { UserMinus, UserCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { adoptKardUserAction, unenrollKardUserAction } from "./actions";

/** Unenrol (Delete User at Kard), behind a confirmation naming the user. */
export function UnenrollUserButton({ userId, afterwards }: { userId: string; afterwards?: "refresh" | "list" }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Unenroll ${userId}`}>
          <UserMinus className="size-4" aria-hidden /> Unenroll
        </Button>
      }
      title={`Unenroll ${userId}?`}
      description="Kard removes the user from the rewards programme and its system: their offers and activations are gone. You can enroll the same id again later."
      confirmLabel="Unenroll user"
      pendingLabel="Unenrolling…"
      onConfirm={async () => {
        const result = await unenrollKardUserAction({ userId });
        if (!result.ok) {
          toast.error(result.error.message);
          router.refresh();
          return false;
        }
        toast.success(`${userId} is unenrolled.`);
        if (afterwards === "list") router.push("/kard/users");
        else router.refresh();
      }}
    />
  );
}

/** Adds a user Kard knows to the console's list (Kard has no list endpoint). */
export function AdoptUserButton({ userId }: { userId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await adoptKardUserAction({ userId });
          if (!result.ok) return void toast.error(result.error.message);
          toast.success(`${userId} is now in the console's list.`);
          router.refresh();
        })
      }
    >
      <UserCheck className="size-4" aria-hidden /> Add to the list
    </Button>
  );
}
