"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult } from "@/lib/actions/result";
import { parseRole, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeStaffRoleAction, deactivateStaffAction, reactivateStaffAction } from "./actions";

export interface StaffRow {
  id: string;
  email: string;
  role: string;
  active: boolean;
  /** The signed-in admin's own row: the server refuses self-demotion and self-deactivation. */
  self: boolean;
}

function label(role: string): string {
  const known = parseRole(role);
  return known ? ROLE_LABELS[known] : role;
}

function useRun() {
  const router = useRouter();
  return async <T,>(success: string, action: () => Promise<ActionResult<T>>) => {
    const result = await action();
    if (result.ok) {
      toast.success(success);
      router.refresh();
    } else toast.error(result.error.message);
    return result.ok;
  };
}

/** The role select of a row; a change is applied only after confirming it. */
export function RoleSelect({ row }: { row: StaffRow }) {
  const run = useRun();
  const [next, setNext] = useState<Role | null>(null);
  const lockedSelf = row.self && row.role === "ADMIN";
  return (
    <>
      <NativeSelect
        aria-label={`Role of ${row.email}`}
        aria-describedby={lockedSelf ? `role-lock-${row.id}` : undefined}
        value={next ?? row.role}
        disabled={lockedSelf}
        onChange={(e) => setNext(parseRole(e.target.value) ?? null)}
        options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      >
        {parseRole(row.role) ? null : <option value={row.role}>{row.role} (unknown)</option>}
      </NativeSelect>
      {lockedSelf ? (
        <span id={`role-lock-${row.id}`} className="sr-only">
          You cannot remove your own Admin role.
        </span>
      ) : null}
      <ConfirmDialog
        open={next !== null}
        onOpenChange={(open) => !open && setNext(null)}
        destructive={false}
        title={`Change the role of ${row.email}?`}
        description={`From ${label(row.role)} to ${next ? ROLE_LABELS[next] : ""}. It applies from their next click; the change is audited.`}
        confirmLabel="Change role"
        pendingLabel="Changing…"
        onConfirm={() => (next ? run(`${row.email} is now ${ROLE_LABELS[next]}.`, () => changeStaffRoleAction({ userId: row.id, role: next })) : false)}
      />
    </>
  );
}

/** Deactivate (with confirmation) or reactivate a row's account; hidden on the admin's own row. */
export function ActiveToggle({ row }: { row: StaffRow }) {
  const run = useRun();
  if (row.self) return <span className="text-xs text-muted-foreground">This is you</span>;
  return row.active ? (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Deactivate ${row.email}`}>
          Deactivate
        </Button>
      }
      title={`Deactivate ${row.email}?`}
      description="They can no longer sign in, and an open session loses access on its next request. You can reactivate the account later."
      confirmLabel="Deactivate"
      pendingLabel="Deactivating…"
      onConfirm={() => run(`${row.email} is deactivated.`, () => deactivateStaffAction({ userId: row.id }))}
    />
  ) : (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Reactivate ${row.email}`}>
          Reactivate
        </Button>
      }
      destructive={false}
      title={`Reactivate ${row.email}?`}
      description={`They can sign in again with their previous password, as ${label(row.role)}.`}
      confirmLabel="Reactivate"
      pendingLabel="Reactivating…"
      onConfirm={() => run(`${row.email} is active again.`, () => reactivateStaffAction({ userId: row.id }))}
    />
  );
}
