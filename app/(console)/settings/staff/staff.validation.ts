import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { roleSchema } from "@/lib/auth/roles";
import { createStaffSchemaFor } from "./create-staff-schema";

const userId = z.string().min(1).max(64);

/** New staff account; an empty password means "generate one and show it once". */
export const createStaffSchema = createStaffSchemaFor(MIN_PASSWORD_LENGTH);

export const changeRoleSchema = z.object({ userId, role: roleSchema });

export const staffIdSchema = z.object({ userId });
