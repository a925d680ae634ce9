import { batchResponse, parseBody, readDataArray, zodErrors } from "../batch";
import { LIMITS } from "../config";
import { readJson, requireUser, type SandboxContext } from "../context";
import { badRequest, errorObject, json, type ErrorObject } from "../json-api";
import { createUserItem, updateUserBody, type CreateUserItem } from "../request-schemas";
import type { UserAttributes, UserRecord } from "../state";

/**
 * Users: Create Users (≤100 per call; 201, 207 partial, 409 all duplicates), Update User,
 * Delete User (re-enrol later with the same id), Get User By ID.
 * Source: Kard seed, "Create Users", "Update User", "Delete User", "Get User By ID".
 */
function userResource(user: UserRecord) {
  return { type: "user", id: user.id, attributes: user.attributes };
}

function cleanAttributes(attributes: CreateUserItem["attributes"]): UserAttributes {
  const clean: UserAttributes = { enrolledRewards: attributes.enrolledRewards };
  for (const key of ["zipCode", "email", "hashedEmail", "phoneNumber", "birthYear"] as const) {
    if (attributes[key] !== undefined) clean[key] = attributes[key];
  }
  if (attributes.historicalTransactionsSent !== undefined) clean.historicalTransactionsSent = attributes.historicalTransactionsSent;
  return clean;
}

export async function createUsers(ctx: SandboxContext): Promise<Response> {
  const items = readDataArray(await readJson(ctx.req), { max: LIMITS.usersPerRequest, noun: "users" });
  const errors: ErrorObject[] = [];
  const created: UserRecord[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const rawId = typeof (raw as { id?: unknown })?.id === "string" ? (raw as { id: string }).id : String(index);
    const parsed = createUserItem.safeParse(raw);
    if (!parsed.success) {
      errors.push(...zodErrors(parsed.error, `/data/${index}`, rawId));
      return;
    }
    const { id, attributes } = parsed.data;
    if (ctx.state.users.has(id) || seen.has(id)) {
      errors.push(errorObject(409, `User '${id}' already exists.`, { pointer: `/data/${index}/id` }, id));
      return;
    }
    seen.add(id);
    created.push({ id, attributes: cleanAttributes(attributes), createdAt: ctx.now });
  });
  for (const user of created) ctx.state.users.set(user.id, user);
  return batchResponse({ okStatus: 201, accepted: created.length, errors, success: () => created.map(userResource) });
}

export async function updateUser(ctx: SandboxContext): Promise<Response> {
  const body = parseBody(updateUserBody, await readJson(ctx.req));
  const user = requireUser(ctx);
  if (body.data.id !== user.id) {
    throw badRequest(`data.id '${body.data.id}' does not match the userId in the path.`, { pointer: "/data/id" });
  }
  // PUT replaces the user's attributes; historicalTransactionsSent is the sandbox's own record.
  const historical = user.attributes.historicalTransactionsSent;
  user.attributes = {
    ...cleanAttributes(body.data.attributes),
    ...(historical !== undefined ? { historicalTransactionsSent: historical } : {}),
  };
  return json(200, { data: userResource(user) });
}

export async function deleteUser(ctx: SandboxContext): Promise<Response> {
  const user = requireUser(ctx);
  ctx.state.users.delete(user.id);
  for (const key of [...ctx.state.activations.keys()]) if (key.startsWith(`${user.id}|`)) ctx.state.activations.delete(key);
  return json(200, { data: { type: "user", id: user.id, attributes: {} } });
}

export async function getUser(ctx: SandboxContext): Promise<Response> {
  return json(200, { data: userResource(requireUser(ctx)) });
}
