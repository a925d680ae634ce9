import type { KardUser as KardUserRow } from "@prisma/client";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { generateHem } from "./hem";
import type { KardUserRequestData } from "../schemas/users";
import { type EnrolledReward, kardUserTarget, maskEmail, serializeEnrolledRewards } from "./kard-user-record";
import { singleItemRefusal } from "./multi-status";
import { isSandboxPersona } from "./personas";
import type { Actor } from "@/lib/audit/actor";
import { providerClient } from "@/lib/providers/registry";

export interface EnrollInput {
  /** The issuer's own user id, sent as the user's `id`. */
  userId: string;
  /** Hashed (HEM) before it is sent; only the masked form is stored. */
  email?: string;
  zipCode?: string;
  enrolledRewards: EnrolledReward[];
}

/**
 * Enrols one user with Kard (Create Users, one item) and lists them in the console: the email
 * becomes a Hashed Email (HEM, SHA-256 hex of the normalised address) and only the HEM and a
 * masked email are stored; the raw address is neither sent nor kept. A user unenrolled earlier
 * is re-enrolled under the same id ("re-enrol later with Create Users and the same id").
 * The local row is written with the SUCCEEDED audit row, only once Kard has created the user.
 * @returns the stored KardUser row.
 * @throws OperationError ALREADY_LISTED / PERSONA; ProviderError when Kard refuses (a 207 item
 *   error, e.g. 409 "already exists", is raised as a ProviderError with httpStatus 207).
 * Source: "Create Users"; guide "User Management" › "Hashed Email (HEM)".
 */
export async function enrollUser(input: EnrollInput, actor: Actor): Promise<KardUserRow> {
  if (isSandboxPersona(input.userId)) throw new OperationError("PERSONA", "Sandbox personas are enrolled by Kard already.");
  const existing = await db.kardUser.findUnique({ where: { id: input.userId } });
  if (existing && !existing.deletedAt) {
    throw new OperationError("ALREADY_LISTED", `User ${input.userId} is already enrolled from this console.`, {
      userId: ["This id is already in the list."],
    });
  }
  const hashedEmail = input.email ? generateHem(input.email) : undefined;
  const item: KardUserRequestData = {
    type: "user",
    id: input.userId,
    attributes: {
      enrolledRewards: input.enrolledRewards,
      ...(input.zipCode ? { zipCode: input.zipCode } : {}),
      ...(hashedEmail ? { hashedEmail } : {}),
    },
  };
  const maskedEmail = input.email ? maskEmail(input.email) : null;
  return auditedProviderCall(
    {
      actor,
      action: "kard.user.enroll",
      provider: "kard",
      target: kardUserTarget(input.userId),
      request: { ...item, maskedEmail },
    },
    async () => {
      const result = await providerClient("kard").createUsers([item]);
      const refusal = singleItemRefusal("createUsers", result.errors);
      if (refusal) throw refusal;
      return result;
    },
    {
      onSuccess: (tx) => {
        const fields = {
          email: maskedEmail,
          hashedEmail: hashedEmail ?? null,
          zipCode: input.zipCode ?? null,
          enrolledRewards: serializeEnrolledRewards(input.enrolledRewards),
          source: "ENROLLED",
          createdByEmail: actor.staff?.email ?? null,
          deletedAt: null,
        };
        return tx.kardUser.upsert({ where: { id: input.userId }, create: { id: input.userId, ...fields }, update: fields });
      },
      responseSummary: (result) => ({ enrolled: result.data?.map((user) => user.id) ?? [] }),
    },
  );
}
