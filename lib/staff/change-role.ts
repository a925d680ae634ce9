import type { Role } from "@/lib/auth/roles";
import { END_SESSIONS } from "@/lib/auth/session-version";
import { OperationError } from "@/lib/errors";
import { refuseRemovingLastAdmin, refuseSelfLockOut } from "./admin-rules";
import { changeExistingStaff, type StaffChangeBy } from "./audited-change";
import { STAFF_SUMMARY_SELECT, type StaffSummary } from "./queries";

/**
 * Gives account `userId` the role `role`, audited as `staff.user.update-role` with the old and new
 * role. The account's open sessions end (its session version is raised): it signs in again
 * under the new role.
 * @throws OperationError NOT_FOUND; NO_CHANGE (already that role); SELF_DEMOTION (an admin
 *   removing their own ADMIN role); LAST_ADMIN (demoting the only active admin). All audited as FAILED.
 */
export function changeStaffRole(userId: string, role: Role, by: StaffChangeBy): Promise<StaffSummary> {
  return changeExistingStaff(userId, by, { action: "staff.user.update-role", request: { role } }, async (tx, user) => {
    if (user.role === role) throw new OperationError("NO_CHANGE", `${user.email} already has this role.`);
    refuseSelfLockOut(by.staff.id, user, { role });
    if (role !== "ADMIN") await refuseRemovingLastAdmin(tx, user);
    const updated = await tx.staffUser.update({ where: { id: user.id }, data: { role, ...END_SESSIONS }, select: STAFF_SUMMARY_SELECT });
    return { result: updated, response: { from: user.role, to: updated.role } };
  });
}
