import { END_SESSIONS } from "@/lib/auth/session-version";
import { OperationError } from "@/lib/errors";
import { refuseRemovingLastAdmin, refuseSelfLockOut } from "./admin-rules";
import { changeExistingStaff, type StaffChangeBy } from "./audited-change";
import { STAFF_SUMMARY_SELECT, type StaffSummary } from "./queries";

/**
 * Deactivates account `userId`, audited as `staff.user.deactivate`. The account can no longer
 * sign in, and its open sessions end on their next request (the active flag and the session
 * version, raised here, are read from the database each time).
 * @throws OperationError NOT_FOUND; NO_CHANGE (already deactivated); SELF_DEACTIVATION;
 *   LAST_ADMIN (the only active admin). All audited as FAILED.
 */
export function deactivateStaffUser(userId: string, by: StaffChangeBy): Promise<StaffSummary> {
  return changeExistingStaff(userId, by, { action: "staff.user.deactivate", request: {} }, async (tx, user) => {
    if (!user.active) throw new OperationError("NO_CHANGE", `${user.email} is already deactivated.`);
    refuseSelfLockOut(by.staff.id, user, { active: false });
    await refuseRemovingLastAdmin(tx, user);
    const updated = await tx.staffUser.update({ where: { id: user.id }, data: { active: false, ...END_SESSIONS }, select: STAFF_SUMMARY_SELECT });
    return { result: updated, response: { active: false, role: updated.role } };
  });
}

/**
 * Reactivates account `userId` with the role it had, audited as `staff.user.reactivate`. Its
 * password is unchanged.
 * @throws OperationError NOT_FOUND; NO_CHANGE (already active). Both audited as FAILED.
 */
export function reactivateStaffUser(userId: string, by: StaffChangeBy): Promise<StaffSummary> {
  return changeExistingStaff(userId, by, { action: "staff.user.reactivate", request: {} }, async (tx, user) => {
    if (user.active) throw new OperationError("NO_CHANGE", `${user.email} is already active.`);
    const updated = await tx.staffUser.update({ where: { id: user.id }, data: { active: true }, select: STAFF_SUMMARY_SELECT });
    return { result: updated, response: { active: true, role: updated.role } };
  });
}
