import { redirect } from "next/navigation";
import { cache } from "react";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { auditAnonymousRefusal } from "@/lib/audit/refusal-budget";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import { auth } from "./auth";
import { demoAccountsEnabled } from "./demo-accounts";
import { can, type Permission } from "./permissions";
import { parseRole, type Role } from "./roles";
import { tokenSessionVersion } from "./session-version";

export interface Staff {
  id: string;
  email: string;
  name: string;
  role: Role;
  isDemo: boolean;
}

/**
 * The signed-in staff member for this request, read from the database (not the token): null
 * when signed out, deactivated, holding an unknown role, a demo account while demos are off, or
 * when the token's session version is not the account's (signed out, password or role changed,
 * deactivated since: lib/auth/session-version.ts).
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.staffUser.findUnique({ where: { id } });
  const role = parseRole(user?.role);
  if (!user || !user.active || !role) return null;
  if (tokenSessionVersion(session.user?.sessionVersion) !== user.sessionVersion) return null;
  if (user.isDemo && !demoAccountsEnabled()) return null;
  return { id: user.id, email: user.email, name: user.name, role, isDemo: user.isDemo };
});

export class AuthorizationError extends Error {
  constructor(
    readonly code: "UNAUTHENTICATED" | "FORBIDDEN",
    message: string,
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

/**
 * Audits a refused attempt (DENIED) under the action that was attempted. An anonymous caller's
 * refusals are audited within a per-address budget, then only logged (lib/audit/refusal-budget.ts).
 */
export async function auditDenied(staff: Staff | null, action: AuditAction, permission: Permission, request?: unknown) {
  const context = await requestContext();
  if (!staff && !(await auditAnonymousRefusal(context.ip, { action, reason: "UNAUTHENTICATED" }))) return;
  await recordAudit({
    actor: { staff, context },
    action,
    outcome: "DENIED",
    errorCode: staff ? "FORBIDDEN" : "UNAUTHENTICATED",
    message: `missing permission ${permission}`,
    request,
  });
}

/**
 * For server actions and data routes: the staff member when they hold `permission`.
 * @throws AuthorizationError (after auditing the refusal as DENIED under `action`).
 */
export async function requirePermission(permission: Permission, action: AuditAction, request?: unknown): Promise<Staff> {
  const staff = await currentStaff();
  if (staff && can(staff.role, permission)) return staff;
  await auditDenied(staff, action, permission, request);
  throw staff
    ? new AuthorizationError("FORBIDDEN", "Your role does not allow this action.")
    : new AuthorizationError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
}

/** For pages: redirects to sign-in when signed out and to /forbidden without `permission`. */
export async function requirePagePermission(permission: Permission): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect("/login");
  if (!can(staff.role, permission)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return staff;
}
