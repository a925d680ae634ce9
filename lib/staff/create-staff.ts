import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { OperationError } from "@/lib/errors";
import { actorIsDemo } from "./admin-rules";
import { auditedStaffChange, refuseStaffChange, type StaffChangeBy } from "./audited-change";
import { generateInitialPassword } from "./initial-password";
import { STAFF_SUMMARY_SELECT, type StaffSummary } from "./queries";

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
  /** At least MIN_PASSWORD_LENGTH characters; omitted: one is generated and returned once. */
  password?: string;
}

export interface CreatedStaff {
  user: StaffSummary;
  /** Present only when the password was generated: show it once, it is not stored in clear. */
  generatedPassword?: string;
}

/**
 * Creates a staff account with an argon2id password hash, audited as `staff.user.create` (target:
 * the email; the request records the role and whether the password was generated, never the
 * password; the response its id and whether it is a demo account). The email is stored trimmed
 * and lowercased, as sign-in looks it up. An account created from a demo session is itself a
 * demo account (it stops working when a provider goes live: issue 11, finding 7); an account
 * created by a real admin is real.
 * @throws OperationError WEAK_PASSWORD (shorter than MIN_PASSWORD_LENGTH), EMAIL_TAKEN (an
 *   account, active or not, already uses the email); both audited as FAILED.
 */
export async function createStaffUser(input: NewStaff, by: StaffChangeBy): Promise<CreatedStaff> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const generatedPassword = input.password === undefined ? generateInitialPassword() : undefined;
  const password = input.password ?? generatedPassword!;
  const description = {
    action: "staff.user.create" as const,
    target: email,
    request: { email, name, role: input.role, initialSignIn: generatedPassword ? "generated" : "chosen by admin" },
  };
  if (password.length < MIN_PASSWORD_LENGTH) {
    const message = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
    return refuseStaffChange(by, description, new OperationError("WEAK_PASSWORD", message, { password: [message] }));
  }
  // Hashing takes tens of milliseconds: do it before the transaction holds the audit chain lock.
  const passwordHash = await hashPassword(password);
  return auditedStaffChange(by, description, async (tx) => {
    if (await tx.staffUser.findUnique({ where: { email }, select: { id: true } })) {
      throw new OperationError("EMAIL_TAKEN", `A staff account for ${email} already exists.`, {
        email: ["This email already has an account."],
      });
    }
    const isDemo = await actorIsDemo(tx, by.staff.id);
    const user = await tx.staffUser.create({
      data: { email, name, role: input.role, passwordHash, isDemo },
      select: STAFF_SUMMARY_SELECT,
    });
    return { result: { user, generatedPassword }, response: isDemo ? { id: user.id, isDemo } : { id: user.id } };
  });
}
