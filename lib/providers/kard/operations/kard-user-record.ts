import type { KardUser as KardUserRow } from "@prisma/client";
import { z } from "zod";

/** The programmes a user can be enrolled in. Source: `users.EnrolledRewardsType` (CARDLINKED only). */
export const ENROLLED_REWARDS = ["CARDLINKED"] as const;
export type EnrolledReward = (typeof ENROLLED_REWARDS)[number];

const enrolledRewardsColumn = z.array(z.enum(ENROLLED_REWARDS));

/** KardUser.enrolledRewards holds the list as JSON, e.g. `["CARDLINKED"]`. */
export function serializeEnrolledRewards(rewards: readonly EnrolledReward[]): string {
  return JSON.stringify([...new Set(rewards)]);
}

export function parseEnrolledRewards(column: string): EnrolledReward[] {
  try {
    const parsed = enrolledRewardsColumn.safeParse(JSON.parse(column));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * What the console keeps of an email: its first character and domain (`j•••@example.com`).
 * The raw address is never stored; the HEM is what Kard receives.
 */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${trimmed[0]}•••${trimmed.slice(at)}`;
}

/** The audit `target` of anything about one Kard user. */
export function kardUserTarget(userId: string): string {
  return `kard-user:${userId}`;
}

/** A Kard user as the console lists it. Dates are ISO 8601 strings. */
export interface KardUserDto {
  id: string;
  maskedEmail: string | null;
  hashedEmail: string | null;
  zipCode: string | null;
  enrolledRewards: EnrolledReward[];
  /** ENROLLED / ADOPTED: a KardUser row; PERSONA: a sandbox persona (no row). */
  source: "ENROLLED" | "ADOPTED" | "PERSONA";
  createdByEmail: string | null;
  createdAt: string | null;
  unenrolledAt: string | null;
}

export function toKardUserDto(row: KardUserRow): KardUserDto {
  return {
    id: row.id,
    maskedEmail: row.email,
    hashedEmail: row.hashedEmail,
    zipCode: row.zipCode,
    enrolledRewards: parseEnrolledRewards(row.enrolledRewards),
    source: row.source === "ADOPTED" ? "ADOPTED" : "ENROLLED",
    createdByEmail: row.createdByEmail,
    createdAt: row.createdAt.toISOString(),
    unenrolledAt: row.deletedAt?.toISOString() ?? null,
  };
}
