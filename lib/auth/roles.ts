import { z } from "zod";

export const ROLES = ["ADMIN", "OPERATOR", "SUPPORT", "VIEWER"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  OPERATOR: "Operator",
  SUPPORT: "Support",
  VIEWER: "Viewer",
};

/** Narrows a stored role string; anything else is no role at all (and is refused everywhere). */
export function parseRole(value: unknown): Role | undefined {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
