import { z } from "zod";
import { emptyResponseObject, withMultiStatus } from "./common";

/** Documented batch limit of Create Users. Source: "Create Users" (`Maximum of 100 users`). */
export const MAX_USERS_PER_REQUEST = 100;

const enrolledRewardsSchema = z.array(z.enum(["CARDLINKED"]));

/**
 * Attributes we send for a user. `hashedEmail` is the SHA-256 HEM as 64 lowercase hex digits
 * (see hem.ts), `phoneNumber` E.164, `birthYear` four digits. An empty `enrolledRewards`
 * leaves the user enrolled in no programme.
 * Source: `users.UserRequestAttributes`, `users.UpdateUserRequestAttributes`.
 */
const userAttributesShape = {
  enrolledRewards: enrolledRewardsSchema,
  zipCode: z.string().min(1).optional(),
  email: z.email().optional(),
  hashedEmail: z.string().regex(/^[0-9a-f]{64}$/, "hashedEmail must be a SHA-256 hex digest").optional(),
  phoneNumber: z.string().regex(/^\+[1-9]\d{1,14}$/, "phoneNumber must be E.164").optional(),
  birthYear: z.string().regex(/^\d{4}$/, "birthYear must be four digits").optional(),
};

export const userRequestAttributesSchema = z.strictObject({
  ...userAttributesShape,
  historicalTransactionsSent: z.boolean().optional(),
});
const updateUserRequestAttributesSchema = z.strictObject(userAttributesShape);

/** One user to enrol: `id` is the issuer's own user ID. Source: `users.UserRequestDataUnion`. */
const userRequestDataSchema = z.strictObject({
  type: z.literal("user"),
  id: z.string().min(1),
  attributes: userRequestAttributesSchema,
});
export type KardUserRequestData = z.input<typeof userRequestDataSchema>;
export type KardUpdateUserAttributes = z.input<typeof updateUserRequestAttributesSchema>;

/** Source: "Create Users" request body `users.CreateUsersObject`, at most 100 items. */
export const createUsersRequestSchema = z.strictObject({
  data: z.array(userRequestDataSchema).min(1).max(MAX_USERS_PER_REQUEST),
});

/** Source: "Update User" request body `users.UpdateUserObject`. */
export const updateUserRequestSchema = z.strictObject({
  data: z.strictObject({ type: z.literal("user"), id: z.string().min(1), attributes: updateUserRequestAttributesSchema }),
});

const userResponseDataSchema = z.object({
  type: z.literal("user"),
  id: z.string(),
  attributes: z.object({
    enrolledRewards: enrolledRewardsSchema,
    zipCode: z.string().optional(),
    email: z.string().optional(),
    hashedEmail: z.string().optional(),
    phoneNumber: z.string().optional(),
    birthYear: z.string().optional(),
    historicalTransactionsSent: z.boolean().optional(),
  }),
});
export type KardUser = z.infer<typeof userResponseDataSchema>;

/**
 * 201 `{data:[user…]}` or 207 `{errors:[…], data?:[user…]}` (each error's `id` names the user
 * that failed). Source: "Create Users" responses 201 / 207.
 */
export const createUsersResponseSchema = withMultiStatus(
  z.array(userResponseDataSchema),
  z.array(userResponseDataSchema).optional(),
);

/** Source: "Get User By ID" / "Update User" 200 `users.UserResponseObject`. */
export const userResponseSchema = z.object({ data: userResponseDataSchema });

/** Source: "Delete User" 200 `users.DeleteUserResponseObject` (`attributes: {}`). */
export const deleteUserResponseSchema = z.object({
  data: z.object({ type: z.literal("user"), id: z.string(), attributes: emptyResponseObject }),
});
