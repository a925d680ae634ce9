import type { Prisma } from "@prisma/client";
import { OperationError } from "@/lib/errors";
import type { StaffSummary } from "./queries";

/**
 * Lock-out rules of the staff page (issue: "Settings → Staff page for admins"): the console must
 * always keep an active ADMIN who can sign in and manage staff.
 */

/**
 * Refuses an admin's change to their own account that would take away their access to this page.
 * @throws OperationError SELF_DEACTIVATION when `actorId` deactivates themself, SELF_DEMOTION when
 *   an ADMIN gives themself another role.
 */
export function refuseSelfLockOut(actorId: string, user: StaffSummary, change: { active?: false; role?: string }): void {
  if (user.id !== actorId) return;
  if (change.active === false) {
    throw new OperationError("SELF_DEACTIVATION", "You cannot deactivate your own account. Ask another admin to do it.");
  }
  if (change.role !== undefined && user.role === "ADMIN" && change.role !== "ADMIN") {
    throw new OperationError("SELF_DEMOTION", "You cannot remove your own Admin role. Ask another admin to do it.");
  }
}

/**
 * Refuses demoting or deactivating `user` when they are the only active ADMIN left. Runs inside
 * the change's transaction so the count and the write see the same rows (audit transactions are
 * serialised by the chain lock, and SQLite has a single writer). Demo admins do not count: they
 * stop working as soon as a provider goes live, which would leave no admin able to sign in.
 * @throws OperationError LAST_ADMIN.
 */
export async function refuseRemovingLastAdmin(tx: Prisma.TransactionClient, user: StaffSummary): Promise<void> {
  if (user.role !== "ADMIN" || !user.active) return;
  const otherAdmins = await tx.staffUser.count({ where: { role: "ADMIN", active: true, isDemo: false, id: { not: user.id } } });
  if (otherAdmins === 0) {
    throw new OperationError("LAST_ADMIN", `${user.email} is the last active admin. Make another account an admin first.`);
  }
}

/**
 * A demo session (README credentials, anyone may hold them) changes only demo accounts: it must
 * not promote, demote, deactivate or reactivate an account that survives going live. Reads the
 * actor's own row (not the session's claim); a missing row counts as demo.
 * @throws OperationError DEMO_SESSION.
 * Source: issue 11, finding 7.
 */
export async function refuseDemoActorOnRealAccount(tx: Prisma.TransactionClient, actorId: string, user: StaffSummary): Promise<void> {
  if (user.isDemo) return;
  if (await actorIsDemo(tx, actorId)) {
    throw new OperationError("DEMO_SESSION", `${user.email} is a real staff account: a demo account can change only demo accounts. Sign in with your own staff account.`);
  }
}

/** True when `actorId` is a demo account (or no account at all): what it creates stays demo. */
export async function actorIsDemo(tx: Prisma.TransactionClient, actorId: string): Promise<boolean> {
  const actor = await tx.staffUser.findUnique({ where: { id: actorId }, select: { isDemo: true } });
  return actor?.isDemo ?? true;
}
