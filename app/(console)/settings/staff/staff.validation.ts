import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { roleSchema } from "@/lib/auth/roles";

const userId = z.string().min(1).max(64);

/** New staff account; an empty password means "generate one and show it once". */
export const createStaffSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  name: z.string().trim().min(1, "Enter the person's name.").max(100),
  role: roleSchema,
  password: z
    .union([
      z.literal(""),
      z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters, or leave it empty to generate one.`).max(1024),
    ])
    .optional()
    .transform((value) => value || undefined),
});
export type CreateStaffInput = z.input<typeof createStaffSchema>;

export const changeRoleSchema = z.object({ userId, role: roleSchema });

export const staffIdSchema = z.object({ userId });
