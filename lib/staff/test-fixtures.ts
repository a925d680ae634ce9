import type { PrismaClient } from "@prisma/client";
import type { Role } from "@/lib/auth/roles";
import type { StaffChangeBy } from "./audited-change";

/** Tests: inserts a staff account (password hash unused) and returns it. */
export function seedStaff(db: PrismaClient, email: string, role: Role, extra: { active?: boolean; isDemo?: boolean } = {}) {
  return db.staffUser.create({ data: { email, name: email.split("@")[0], role, passwordHash: "unused", ...extra } });
}

/** Tests: the change context of `user` acting from a fixed address. */
export function by(user: { id: string; email: string; role: string }): StaffChangeBy {
  return { staff: { id: user.id, email: user.email, role: user.role }, context: { ip: "198.51.100.4", userAgent: "staff-test" } };
}
