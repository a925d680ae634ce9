"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { enrollUser } from "@/lib/providers/kard/operations/enroll";
import { toKardUserDto } from "@/lib/providers/kard/operations/kard-user-record";
import { pressOfferCta, recordOfferView } from "@/lib/providers/kard/operations/offer-actions";
import { adoptUser, unenrollUser, updateUser } from "@/lib/providers/kard/operations/user-changes";
import { enrollSchema, offerActionSchema, offerViewSchema, updateUserSchema, userIdSchema } from "./users.validation";

function revalidateUser(userId: string) {
  revalidatePath("/kard/users");
  revalidatePath(`/kard/users/${encodeURIComponent(userId)}`);
}

export const enrollKardUserAction = defineAction({
  name: "kard.user.enroll",
  permission: "kard.users.manage",
  input: enrollSchema,
  handler: async (input, actor) => {
    const row = await enrollUser(input, actor);
    revalidateUser(row.id);
    return toKardUserDto(row);
  },
});

export const updateKardUserAction = defineAction({
  name: "kard.user.update",
  permission: "kard.users.manage",
  input: updateUserSchema,
  handler: async (input, actor) => {
    const user = await updateUser(input, actor);
    revalidateUser(user.id);
    return { id: user.id };
  },
});

export const unenrollKardUserAction = defineAction({
  name: "kard.user.delete",
  permission: "kard.users.manage",
  input: userIdSchema,
  handler: async ({ userId }, actor) => {
    await unenrollUser({ userId }, actor);
    revalidateUser(userId);
    return { id: userId };
  },
});

export const adoptKardUserAction = defineAction({
  name: "kard.user.adopt",
  permission: "kard.users.manage",
  input: userIdSchema,
  handler: async ({ userId }, actor) => {
    const row = await adoptUser({ userId }, actor);
    revalidateUser(userId);
    return toKardUserDto(row);
  },
});

export const activateOfferAction = defineAction({
  name: "kard.offer.activate",
  permission: "kard.offers.activate",
  input: offerActionSchema,
  handler: async ({ userId, offerId }, actor) => pressOfferCta({ userId, offerId, action: "activate" }, actor),
});

export const boostOfferAction = defineAction({
  name: "kard.offer.boost",
  permission: "kard.offers.activate",
  input: offerActionSchema,
  handler: async ({ userId, offerId }, actor) => pressOfferCta({ userId, offerId, action: "boost" }, actor),
});

export const recordOfferViewAction = defineAction({
  name: "kard.attribution.create",
  permission: "kard.read",
  input: offerViewSchema,
  handler: async (input, actor) => ({ jobId: await recordOfferView(input, actor) }),
});
