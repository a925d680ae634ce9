import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor, StaffActor } from "@/lib/audit/actor";
import { auditTransaction, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { refuseDemoActorOnRealAccount } from "./admin-rules";
import { STAFF_SUMMARY_SELECT, type StaffSummary } from "./queries";

/** The admin making a staff change, and where the request came from. */
export type StaffChangeBy = Actor<StaffActor>;

interface ChangeDescription {
  action: AuditAction;
  /** The account's email (the audit target), or the requested id when no account matches. */
  target: string;
  request: unknown;
}

/** Audits `error` as a FAILED attempt at the change described, then throws it. */
export async function refuseStaffChange(actor: StaffChangeBy, description: ChangeDescription, error: OperationError): Promise<never> {
  await recordAudit({ actor, ...description, outcome: "FAILED", errorCode: error.code, message: error.message });
  throw error;
}

/**
 * Runs `change` and its SUCCEEDED audit row in one `auditTransaction`. A refusal (OperationError)
 * rolls the change back and is audited on its own as FAILED with the error's code and message,
 * then rethrown; other errors are rethrown unaudited (the action layer logs them).
 */
export async function auditedStaffChange<T>(
  by: StaffChangeBy,
  description: ChangeDescription,
  change: (tx: Prisma.TransactionClient) => Promise<{ result: T; response?: unknown }>,
): Promise<T> {
  try {
    return await auditTransaction(async (tx, audit) => {
      const { result, response } = await change(tx);
      await audit({ actor: by, ...description, outcome: "SUCCEEDED", response });
      return result;
    });
  } catch (error) {
    if (error instanceof OperationError) await refuseStaffChange(by, description, error);
    throw error;
  }
}

/**
 * Applies `change` to the account `userId` under {@link auditedStaffChange}, passing the account
 * as read inside the transaction (so the rules see its current role and active flag). A demo
 * actor may change only demo accounts.
 * @throws OperationError NOT_FOUND (audited as FAILED with the id as target), DEMO_SESSION (a
 *   demo actor on a real account), or whatever `change` throws.
 */
export async function changeExistingStaff<T>(
  userId: string,
  by: StaffChangeBy,
  description: { action: AuditAction; request: Record<string, unknown> },
  change: (tx: Prisma.TransactionClient, user: StaffSummary) => Promise<{ result: T; response?: unknown }>,
): Promise<T> {
  const known = await db.staffUser.findUnique({ where: { id: userId }, select: { email: true } });
  const target = known?.email ?? userId;
  return auditedStaffChange(by, { ...description, target, request: { userId, ...description.request } }, async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id: userId }, select: STAFF_SUMMARY_SELECT });
    if (!user) throw new OperationError("NOT_FOUND", "No staff account has this id; it may have been removed.");
    await refuseDemoActorOnRealAccount(tx, by.staff.id, user);
    return change(tx, user);
  });
}
