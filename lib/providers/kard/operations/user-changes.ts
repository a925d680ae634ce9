import type { KardUser as KardUserRow, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { generateHem } from "./hem";
import type { KardUpdateUserAttributes, KardUser } from "../schemas/users";
import { type EnrolledReward, kardUserTarget, maskEmail, serializeEnrolledRewards } from "./kard-user-record";
import { isSandboxPersona } from "./personas";
import type { Actor } from "@/lib/audit/actor";
import { providerClient } from "@/lib/providers/registry";

export interface UpdateUserInput {
  userId: string;
  enrolledRewards: EnrolledReward[];
  /** Empty removes the zip code. */
  zipCode?: string;
  /** A new address replaces the HEM (and drops any raw email Kard held); absent keeps the current one. */
  email?: string;
}

/**
 * The attributes to PUT: Update User replaces every attribute, so the user is read first and
 * what the form does not edit (phone number, birth year, the current email/HEM) is sent back
 * unchanged.
 */
function mergeUserAttributes(current: KardUser["attributes"], input: UpdateUserInput): KardUpdateUserAttributes {
  const email = input.email
    ? { hashedEmail: generateHem(input.email) }
    : { ...(current.email ? { email: current.email } : {}), ...(current.hashedEmail ? { hashedEmail: current.hashedEmail } : {}) };
  return {
    enrolledRewards: input.enrolledRewards,
    ...(input.zipCode ? { zipCode: input.zipCode } : {}),
    ...email,
    ...(current.phoneNumber ? { phoneNumber: current.phoneNumber } : {}),
    ...(current.birthYear ? { birthYear: current.birthYear } : {}),
  };
}

/**
 * Changes a user's programmes, zip code or email at Kard (Get User By ID, then Update User with
 * the merged attributes) and mirrors the change on the console's row, if the user is listed.
 * @throws ProviderError (404 when Kard has no such user). Source: "Update User", "Get User By ID".
 */
export async function updateUser(input: UpdateUserInput, actor: Actor): Promise<KardUser> {
  const client = providerClient("kard");
  return auditedProviderCall(
    {
      actor,
      action: "kard.user.update",
      provider: "kard",
      target: kardUserTarget(input.userId),
      request: { enrolledRewards: input.enrolledRewards, zipCode: input.zipCode ?? null, maskedEmail: input.email ? maskEmail(input.email) : undefined },
    },
    async () => {
      const current = await client.getUser(input.userId);
      return (await client.updateUser(input.userId, mergeUserAttributes(current.data.attributes, input))).data;
    },
    {
      onSuccess: async (tx, user) => {
        const data = {
          enrolledRewards: serializeEnrolledRewards(user.attributes.enrolledRewards),
          zipCode: user.attributes.zipCode ?? null,
          hashedEmail: user.attributes.hashedEmail ?? null,
          ...(input.email ? { email: maskEmail(input.email) } : {}),
        };
        await tx.kardUser.updateMany({ where: { id: input.userId }, data });
        return user;
      },
      responseSummary: (user) => ({ id: user.id, enrolledRewards: user.attributes.enrolledRewards, zipCode: user.attributes.zipCode }),
    },
  );
}

/**
 * Unenrols a user (Delete User: Kard removes them from the programme and its system) and marks
 * the console's row unenrolled (kept, with `deletedAt`, so the history stays readable). When
 * Kard answers 404 the user is already gone there: the row is marked too, and the error is
 * still raised so the operator sees it.
 * @throws ProviderError. Source: "Delete User".
 */
export async function unenrollUser({ userId }: { userId: string }, actor: Actor): Promise<void> {
  const markUnenrolled = (tx: Prisma.TransactionClient) =>
    tx.kardUser.updateMany({ where: { id: userId, deletedAt: null }, data: { deletedAt: new Date() } });
  await auditedProviderCall(
    { actor, action: "kard.user.delete", provider: "kard", target: kardUserTarget(userId), request: { userId } },
    () => providerClient("kard").deleteUser(userId),
    {
      onSuccess: async (tx) => void (await markUnenrolled(tx)),
      onProviderError: async (tx, error) => {
        if (error.httpStatus === 404) await markUnenrolled(tx);
      },
    },
  );
}

/**
 * Adds an existing Kard user, found by id, to the console's list (Kard has no list endpoint):
 * reads them with Get User By ID and stores a row with source ADOPTED. Only a masked form of an
 * email Kard returns is kept.
 * @throws OperationError PERSONA / ALREADY_LISTED; ProviderError (404 unknown user).
 * Source: "Get User By ID"; kard-endpoints.md "Operator console".
 */
export async function adoptUser({ userId }: { userId: string }, actor: Actor): Promise<KardUserRow> {
  if (isSandboxPersona(userId)) throw new OperationError("PERSONA", "Sandbox personas are always listed.");
  const existing = await db.kardUser.findUnique({ where: { id: userId } });
  if (existing && !existing.deletedAt) throw new OperationError("ALREADY_LISTED", `User ${userId} is already in the list.`);
  return auditedProviderCall(
    { actor, action: "kard.user.adopt", provider: "kard", target: kardUserTarget(userId), request: { userId } },
    async () => (await providerClient("kard").getUser(userId)).data,
    {
      onSuccess: (tx, user) => {
        const fields = {
          email: user.attributes.email ? maskEmail(user.attributes.email) : null,
          hashedEmail: user.attributes.hashedEmail ?? null,
          zipCode: user.attributes.zipCode ?? null,
          enrolledRewards: serializeEnrolledRewards(user.attributes.enrolledRewards),
          source: "ADOPTED",
          createdByEmail: actor.staff?.email ?? null,
          deletedAt: null,
        };
        return tx.kardUser.upsert({ where: { id: userId }, create: { id: userId, ...fields }, update: fields });
      },
      responseSummary: (user) => ({ id: user.id, enrolledRewards: user.attributes.enrolledRewards }),
    },
  );
}
