import { z } from "zod";
import { roleSchema } from "@/lib/auth/roles";

/**
 * A new staff account's fields; an empty password means "generate one and show it once".
 * Built from the minimum password length so the browser can check it too: the length lives
 * with the password hashing (lib/auth/password.ts), which a browser bundle cannot load, so the
 * page hands it to the dialog. staff.validation.ts builds the action's schema with it.
 */
export function createStaffSchemaFor(minPasswordLength: number) {
  return z.object({
    email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
    name: z.string().trim().min(1, "Enter the person's name.").max(100),
    role: roleSchema,
    password: z
      .union([
        z.literal(""),
        z.string().min(minPasswordLength, `Use at least ${minPasswordLength} characters, or leave it empty to generate one.`).max(1024),
      ])
      .optional()
      .transform((value) => value || undefined),
  });
}
