import type { Actor } from "@/lib/audit/actor";
import { auditTransaction, recordAudit } from "@/lib/audit/record";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { END_SESSIONS } from "@/lib/auth/session-version";
import { OperationError } from "@/lib/errors";
import { generateInitialPassword } from "./initial-password";

export interface PasswordSet {
  email: string;
  /** Present only when the password was generated: show it once. */
  generatedPassword?: string;
}

/**
 * Gives the account `email` a new password (argon2id) and ends its open sessions (its session
 * version is raised in the same update), audited as `staff.user.set-password` (never the
 * password). Without `password`, a strong one is generated and returned once.
 * @throws OperationError WEAK_PASSWORD (shorter than MIN_PASSWORD_LENGTH), NOT_FOUND; both audited as FAILED.
 * Source: issue 11, finding 3 (a password change ends the sessions).
 */
export async function setStaffPassword(email: string, password: string | undefined, actor: Actor): Promise<PasswordSet> {
  const target = email.trim().toLowerCase();
  const generatedPassword = password === undefined ? generateInitialPassword() : undefined;
  const chosen = password ?? generatedPassword!;
  const description = { actor, action: "staff.user.set-password" as const, target, request: { initialSignIn: generatedPassword ? "generated" : "chosen" } };
  const refuse = async (error: OperationError): Promise<never> => {
    await recordAudit({ ...description, outcome: "FAILED", errorCode: error.code, message: error.message });
    throw error;
  };
  if (chosen.length < MIN_PASSWORD_LENGTH) return refuse(new OperationError("WEAK_PASSWORD", `Use at least ${MIN_PASSWORD_LENGTH} characters.`));
  const passwordHash = await hashPassword(chosen);
  const updated = await auditTransaction(async (tx, audit) => {
    const result = await tx.staffUser.updateMany({ where: { email: target }, data: { passwordHash, ...END_SESSIONS } });
    if (result.count === 1) await audit({ ...description, outcome: "SUCCEEDED" });
    return result.count === 1;
  });
  if (!updated) return refuse(new OperationError("NOT_FOUND", `No staff account for ${target}.`));
  return { email: target, generatedPassword };
}
