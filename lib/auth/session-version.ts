import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";

/**
 * Sessions are stateless JWTs (8 h). Each staff row carries a `sessionVersion`, copied into the
 * token at sign-in and compared on every request (lib/auth/session.ts `currentStaff`): raising it
 * ends every open session of the account at once. It is raised on sign-out (every session of the
 * account: "sign out everywhere"), password change, role change and deactivation.
 * Source: issue 11, finding 3.
 */
export const END_SESSIONS = { sessionVersion: { increment: 1 } } as const satisfies Prisma.StaffUserUpdateInput;

/** The version a token carries: tokens issued before versions existed count as 0. */
export function tokenSessionVersion(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) ? value : 0;
}

/** Ends every open session of staff member `id` (no error when the account is gone). */
export async function endStaffSessions(id: string): Promise<void> {
  await db.staffUser.updateMany({ where: { id }, data: END_SESSIONS });
}
