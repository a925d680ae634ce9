"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { changeStaffRole } from "@/lib/staff/change-role";
import { createStaffUser } from "@/lib/staff/create-staff";
import { deactivateStaffUser, reactivateStaffUser } from "@/lib/staff/set-active";
import { changeRoleSchema, createStaffSchema, staffIdSchema } from "./staff.validation";

export const createStaffAction = defineAction({
  name: "staff.user.create",
  permission: "staff.manage",
  input: createStaffSchema,
  handler: async (input, actor) => {
    const { user, generatedPassword } = await createStaffUser(input, actor);
    revalidatePath("/settings/staff");
    return { email: user.email, generatedPassword };
  },
});

export const changeStaffRoleAction = defineAction({
  name: "staff.user.update-role",
  permission: "staff.manage",
  input: changeRoleSchema,
  handler: async ({ userId, role }, actor) => {
    const user = await changeStaffRole(userId, role, actor);
    revalidatePath("/settings/staff");
    return { email: user.email, role: user.role };
  },
});

export const deactivateStaffAction = defineAction({
  name: "staff.user.deactivate",
  permission: "staff.manage",
  input: staffIdSchema,
  handler: async ({ userId }, actor) => {
    const user = await deactivateStaffUser(userId, actor);
    revalidatePath("/settings/staff");
    return { email: user.email };
  },
});

export const reactivateStaffAction = defineAction({
  name: "staff.user.reactivate",
  permission: "staff.manage",
  input: staffIdSchema,
  handler: async ({ userId }, actor) => {
    const user = await reactivateStaffUser(userId, actor);
    revalidatePath("/settings/staff");
    return { email: user.email };
  },
});
