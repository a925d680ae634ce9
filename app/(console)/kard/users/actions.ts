"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Staff } from "@/lib/auth/session";
import { enrollUser } from "@/lib/providers/kard/operations/enroll";
import { toKardUserDto } from "@/lib/providers/kard/operations/kard-user-record";
import { pressOfferCta, recordOfferView } from "@/lib/providers/kard/operations/offer-actions";
import { adoptUser, unenrollUser, updateUser } from "@/lib/providers/kard/operations/user-changes";
import type { RequestContext } from "@/lib/request-context";
import { enrollSchema, offerActionSchema, offerViewSchema, updateUserSchema, userIdSchema } from "./users.validation";

const who = (staff: Staff, request: RequestContext) => ({
  actor: { id: staff.id, email: staff.email, role: staff.role },
  context: request,
});

function revalidateUser(userId: string) {
  revalidatePath("/kard/users");
  revalidatePath(`/kard/users/${encodeURIComponent(userId)}`);
}

export const enrollKardUserAction = defineAction({
  name: "kard.user.enroll",
  permission: "kard.users.manage",
  input: enrollSchema,
  handler: async (input, { staff, request }) => {
    const row = await enrollUser(input, who(staff, request));
    revalidateUser(row.id);
    return toKardUserDto(row);
  },
});

export const updateKardUserAction = defineAction({
  name: "kard.user.update",
  permission: "kard.users.manage",
  input: updateUserSchema,
  handler: async (input, { staff, request }) => {
    const user = await updateUser(input, who(staff, request));
    revalidateUser(user.id);
    return { id: user.id };
  },
});

export const unenrollKardUserAction = defineAction({
  name: "kard.user.delete",
  permission: "kard.users.manage",
  input: userIdSchema,
  handler: async ({ userId }, { staff, request }) => {
    await unenrollUser(userId, who(staff, request));
    revalidateUser(userId);
    return { id: userId };
  },
});

export const adoptKardUserAction = defineAction({
  name: "kard.user.adopt",
  permission: "kard.users.manage",
  input: userIdSchema,
  handler: async ({ userId }, { staff, request }) => {
    const row = await adoptUser(userId, who(staff, request));
    revalidateUser(userId);
    return toKardUserDto(row);
  },
});

export const activateOfferAction = defineAction({
  name: "kard.offer.activate",
  permission: "kard.offers.activate",
  input: offerActionSchema,
  handler: async ({ userId, offerId }, { staff, request }) => pressOfferCta(userId, offerId, "activate", who(staff, request)),
});

export const boostOfferAction = defineAction({
  name: "kard.offer.boost",
  permission: "kard.offers.activate",
  input: offerActionSchema,
  handler: async ({ userId, offerId }, { staff, request }) => pressOfferCta(userId, offerId, "boost", who(staff, request)),
});

export const recordOfferViewAction = defineAction({
  name: "kard.attribution.create",
  permission: "kard.read",
  input: offerViewSchema,
  handler: async ({ userId, offerId, rank, filters }, { staff, request }) => ({
    jobId: await recordOfferView(userId, offerId, { rank, filters }, who(staff, request)),
  }),
});
