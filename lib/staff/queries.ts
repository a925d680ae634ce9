import type { PrismaClient } from "@prisma/client";
import { db } from "@/lib/db";

/** What the staff page shows of an account: never the password hash. */
export interface StaffSummary {
  id: string;
  email: string;
  name: string;
  /** Stored role string; one of ROLES unless the row was edited by hand. */
  role: string;
  active: boolean;
  isDemo: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export const STAFF_SUMMARY_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  isDemo: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

/** Every staff account, active ones first, then by email. */
export function listStaff(client: Pick<PrismaClient, "staffUser"> = db): Promise<StaffSummary[]> {
  return client.staffUser.findMany({ select: STAFF_SUMMARY_SELECT, orderBy: [{ active: "desc" }, { email: "asc" }] });
}
