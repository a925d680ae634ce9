import { parseBody, readDataArray, zodErrors } from "../batch";
import { readJson, type SandboxContext } from "../context";
import { newMongoId } from "../ids";
import { badRequest, errorObject, errorResponse, json, notFound, type ErrorObject } from "../json-api";
import { readEnum } from "../query";
import { NOTIFICATION_TYPES } from "../../schemas/common";
import { subscriptionItem, updateSubscriptionBody } from "../request-schemas";
import type { Subscription } from "../state";

/**
 * Notification subscriptions: Get (filter[eventName]), Create (201; 409 when an event type
 * already has its webhook URL — "one webhookUrl per event type"), Update (PATCH, every
 * attribute optional; 404 unknown id). No 207 is documented for Create, so it is
 * all-or-nothing. There is no Delete Subscription page; `enabled: false` switches one off.
 * Source: Kard seed, "Get Subscriptions", "Create Subscription", "Update Subscription",
 * "Notifications".
 */
function resource(subscription: Subscription) {
  const { id, eventName, webhookUrl, enabled } = subscription;
  return { type: "subscription", id, attributes: { eventName, webhookUrl, enabled } };
}

export async function getSubscriptions(ctx: SandboxContext): Promise<Response> {
  const eventName = readEnum(ctx.url.searchParams, "filter[eventName]", NOTIFICATION_TYPES);
  const data = [...ctx.state.subscriptions.values()].filter((s) => !eventName || s.eventName === eventName).map(resource);
  return json(200, { data });
}

export async function createSubscriptions(ctx: SandboxContext): Promise<Response> {
  const items = readDataArray(await readJson(ctx.req), { max: NOTIFICATION_TYPES.length, noun: "subscriptions" });
  const errors: ErrorObject[] = [];
  const taken = new Set([...ctx.state.subscriptions.values()].map((s) => s.eventName));
  const created: Subscription[] = [];
  items.forEach((raw, index) => {
    const parsed = subscriptionItem.safeParse(raw);
    if (!parsed.success) return void errors.push(...zodErrors(parsed.error, `/data/${index}`, String(index)));
    const { eventName, webhookUrl, enabled } = parsed.data.attributes;
    if (taken.has(eventName)) {
      const detail = `A subscription for ${eventName} already exists; update it instead.`;
      return void errors.push(errorObject(409, detail, { pointer: `/data/${index}/attributes/eventName` }, String(index)));
    }
    taken.add(eventName);
    created.push({ id: newMongoId(ctx.now), eventName, webhookUrl, enabled });
  });
  if (errors.length > 0) {
    const status = errors.every((error) => error.status === "409") ? 409 : 400;
    return errorResponse(status, errors);
  }
  for (const subscription of created) ctx.state.subscriptions.set(subscription.id, subscription);
  return json(201, { data: created.map(resource) });
}

export async function updateSubscription(ctx: SandboxContext): Promise<Response> {
  const body = parseBody(updateSubscriptionBody, await readJson(ctx.req));
  const subscription = ctx.state.subscriptions.get(ctx.params.subscriptionId);
  if (!subscription) throw notFound(`Subscription '${ctx.params.subscriptionId}' was not found.`, { parameter: "subscriptionId" });
  const { eventName, webhookUrl, enabled } = body.data.attributes;
  if (eventName && eventName !== subscription.eventName) {
    const clash = [...ctx.state.subscriptions.values()].some((s) => s.id !== subscription.id && s.eventName === eventName);
    if (clash) throw badRequest(`A subscription for ${eventName} already exists.`, { pointer: "/data/attributes/eventName" });
    subscription.eventName = eventName;
  }
  if (webhookUrl !== undefined) subscription.webhookUrl = webhookUrl;
  if (enabled !== undefined) subscription.enabled = enabled;
  return json(200, { data: resource(subscription) });
}
