"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Staff } from "@/lib/auth/session";
import type { RequestContext } from "@/lib/request-context";
import type { StaffChangeBy } from "@/lib/staff/audited-change";
import { changeStaffRole } from "@/lib/staff/change-role";
import { createStaffUser } from "@/lib/staff/create-staff";
import { deactivateStaffUser, reactivateStaffUser } from "@/lib/staff/set-active";
import { changeRoleSchema, createStaffSchema, staffIdSchema } from "./staff.validation";

const by = (staff: Staff, request: RequestContext): StaffChangeBy => ({
  actor: { id: staff.id, email: staff.email, role: staff.role },
  context: request,
});

export const createStaffAction = defineAction({
  name: "staff.user.create",
  permission: "staff.manage",
  input: createStaffSchema,
  handler: async (input, { staff, request }) => {
    const { user, generatedPassword } = await createStaffUser(input, by(staff, request));
    revalidatePath("/settings/staff");
    return { email: user.email, generatedPassword };
  },
});

export const changeStaffRoleAction = defineAction({
  name: "staff.user.update-role",
  permission: "staff.manage",
  input: changeRoleSchema,
  handler: async ({ userId, role }, { staff, request }) => {
    const user = await changeStaffRole(userId, role, by(staff, request));
    revalidatePath("/settings/staff");
    return { email: user.email, role: user.role };
  },
});

export const deactivateStaffAction = defineAction({
  name: "staff.user.deactivate",
  permission: "staff.manage",
  input: staffIdSchema,
  handler: async ({ userId }, { staff, request }) => {
    const user = await deactivateStaffUser(userId, by(staff, request));
    revalidatePath("/settings/staff");
    return { email: user.email };
  },
});

export const reactivateStaffAction = defineAction({
  name: "staff.user.reactivate",
  permission: "staff.manage",
  input: staffIdSchema,
  handler: async ({ userId }, { staff, request }) => {
    const user = await reactivateStaffUser(userId, by(staff, request));
    revalidatePath("/settings/staff");
    return { email: user.email };
  },
});
