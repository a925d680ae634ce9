import { assertBatchSize } from "../batch";
import { type KardTransport, segment } from "../transport";
import {
  type KardUpdateUserAttributes,
  type KardUserRequestData,
  MAX_USERS_PER_REQUEST,
  createUsersRequestSchema,
  createUsersResponseSchema,
  deleteUserResponseSchema,
  updateUserRequestSchema,
  userResponseSchema,
} from "../schemas/users";

/** Users: enrol, read, update, delete. Source: "Create Users", "Get User By ID", "Update User", "Delete User". */
export function usersApi(transport: KardTransport) {
  return {
    /**
     * Enrols up to 100 users: `POST …/users` `{data:[{type:"user", id, attributes}]}`
     * (`enrolledRewards` required; `hashedEmail` from hem.ts). Answers 201 `{data}` or 207
     * `{errors, data?}` — the failed users are the `errors[].id`, not thrown.
     * Scope user:write. Source: "Create Users".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 100; INVALID_REQUEST; 400/401/409/500 as HTTP_<status>.
     */
    async createUsers(users: KardUserRequestData[]) {
      assertBatchSize("createUsers", users.length, MAX_USERS_PER_REQUEST, "users");
      return transport.call({
        endpoint: "createUsers",
        method: "POST",
        path: "/users",
        body: { schema: createUsersRequestSchema, value: { data: users } },
        response: createUsersResponseSchema,
      });
    },

    /**
     * `GET …/users/{userId}` → `{data:{type:"user", id, attributes}}`. Scope user:read.
     * Source: "Get User By ID". @throws ProviderError (404 when the user is not enrolled).
     */
    async getUser(userId: string) {
      return transport.call({ endpoint: "getUser", method: "GET", path: `/users/${segment(userId)}`, response: userResponseSchema });
    },

    /**
     * Replaces a user's attributes: `PUT …/users/{userId}` `{data:{type:"user", id:userId,
     * attributes}}` (`enrolledRewards` required; `[]` un-enrols from every programme).
     * Scope user:update. Source: "Update User". @throws ProviderError (404 unknown user).
     */
    async updateUser(userId: string, attributes: KardUpdateUserAttributes) {
      return transport.call({
        endpoint: "updateUser",
        method: "PUT",
        path: `/users/${segment(userId)}`,
        body: { schema: updateUserRequestSchema, value: { data: { type: "user", id: userId, attributes } } },
        response: userResponseSchema,
      });
    },

    /**
     * Removes the user from the rewards programme and Kard's system: `DELETE …/users/{userId}`
     * → `{data:{type:"user", id, attributes:{}}}`. Re-enrol with createUsers and the same id.
     * Scope user:delete. Source: "Delete User". @throws ProviderError (404 unknown user).
     */
    async deleteUser(userId: string) {
      return transport.call({ endpoint: "deleteUser", method: "DELETE", path: `/users/${segment(userId)}`, response: deleteUserResponseSchema });
    },
  };
}
