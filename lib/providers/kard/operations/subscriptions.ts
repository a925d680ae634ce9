import { z } from "zod";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { isProviderError } from "@/lib/providers/provider-error";
import { appOrigin } from "@/lib/app-origin";
import { providerClient } from "@/lib/providers/registry";
import { NOTIFICATION_TYPES, type KardNotificationType } from "../schemas/common";
import type { KardSubscription } from "../schemas/subscriptions";


/**
 * Where Kard may deliver: https anywhere, plain http only to this machine (local development
 * and the sandbox). Kard's documentation asks for no particular scheme; this is the console's
 * rule so notifications carrying rewards never travel unencrypted.
 */
export const webhookUrlSchema = z
  .url({ protocol: /^https?$/, error: "Enter a full URL, e.g. https://console.example.com/api/webhooks/kard." })
  .refine((value) => {
    // Not a URL at all: the url check above already says so.
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  }, "Use an https URL (plain http is allowed only for localhost).");

/** This console's Kard webhook endpoint (POST /api/webhooks/kard) on its public origin. */
export function consoleWebhookUrl(): string {
  return `${appOrigin()}/api/webhooks/kard`;
}

/** Audit rows of one subscription share a target: Kard keeps one subscription per event type. */
const targetOf = (eventName: string) => `kard-subscription:${eventName}`;

/** When and by whom this console last created / changed a subscription, from the audit history. */
export interface ConsoleChange {
  at: string;
  by: string | null;
}

/**
 * A subscription as the console shows it. Kard returns no timestamps (`SubscriptionAttributes`
 * is eventName, webhookUrl, enabled), so `created` / `updated` are the console's own
 * successful changes found in the audit history; null when made elsewhere.
 */
export interface SubscriptionView {
  id: string;
  eventName: KardNotificationType;
  webhookUrl: string;
  enabled: boolean;
  pointsAtConsole: boolean;
  created: ConsoleChange | null;
  updated: ConsoleChange | null;
}

async function consoleChanges(eventNames: string[]) {
  const rows = await db.auditEvent.findMany({
    where: {
      action: { in: ["kard.subscription.create", "kard.subscription.update"] satisfies AuditAction[] },
      outcome: "SUCCEEDED",
      target: { in: eventNames.map(targetOf) },
    },
    select: { action: true, target: true, createdAt: true, actorEmail: true },
    orderBy: { seq: "desc" },
  });
  const latest = (action: AuditAction, eventName: string): ConsoleChange | null => {
    const row = rows.find((r) => r.action === action && r.target === targetOf(eventName));
    return row ? { at: row.createdAt.toISOString(), by: row.actorEmail } : null;
  };
  return (eventName: string) => ({ created: latest("kard.subscription.create", eventName), updated: latest("kard.subscription.update", eventName) });
}

/**
 * Kard's notification subscriptions (Get Subscriptions), with the console's own changes.
 * @throws ProviderError. Source: "Get Subscriptions".
 */
export async function listSubscriptions(): Promise<SubscriptionView[]> {
  const { data } = await providerClient("kard").getSubscriptions();
  const changesOf = await consoleChanges([...new Set(data.map((s) => s.attributes.eventName))]);
  const consoleUrl = consoleWebhookUrl();
  return data
    .map((s) => ({ id: s.id, ...s.attributes, pointsAtConsole: s.attributes.webhookUrl === consoleUrl, ...changesOf(s.attributes.eventName) }))
    .sort((a, b) => NOTIFICATION_TYPES.indexOf(a.eventName) - NOTIFICATION_TYPES.indexOf(b.eventName) || a.id.localeCompare(b.id));
}

/**
 * Subscribes `webhookUrl` to one event type (Create Subscription), audited
 * kard.subscription.create. Kard keeps one subscription per event type and answers 409 for a
 * second one: update the existing one instead.
 * @throws OperationError INVALID_WEBHOOK_URL; ProviderError (HTTP_409 when one exists).
 * Source: "Create Subscription"; guide "Notifications".
 */
export async function createSubscription(
  input: { eventName: KardNotificationType; webhookUrl: string; enabled: boolean },
  actor: Actor,
): Promise<KardSubscription> {
  checkUrl(input.webhookUrl);
  return auditedProviderCall(
    { actor, action: "kard.subscription.create", provider: "kard", target: targetOf(input.eventName), request: input },
    () => providerClient("kard").createSubscriptions([input]),
    {
      onSuccess: async (_tx, { data }) => {
        const created = data.find((s) => s.attributes.eventName === input.eventName) ?? data[0];
        if (!created) throw new OperationError("EMPTY_ANSWER", "Kard accepted the subscription but returned none; reload to check.");
        return created;
      },
    },
  );
}

function checkUrl(webhookUrl: string) {
  const result = webhookUrlSchema.safeParse(webhookUrl);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? "Invalid webhook URL.";
    throw new OperationError("INVALID_WEBHOOK_URL", message, { webhookUrl: [message] });
  }
}

async function findSubscription(subscriptionId: string): Promise<KardSubscription> {
  const { data } = await providerClient("kard").getSubscriptions();
  const found = data.find((s) => s.id === subscriptionId);
  if (!found) throw new OperationError("NOT_FOUND", "Kard has no subscription with this id any more. Reload the page.");
  return found;
}

/**
 * Switches a subscription on or off, or points it at another URL (Update Subscription),
 * audited kard.subscription.update with the values before and after. A change to what is
 * already set is not sent.
 * @throws OperationError NOT_FOUND, INVALID_WEBHOOK_URL; ProviderError. Source: "Update Subscription".
 */
export async function updateSubscription(
  { subscriptionId, ...changes }: { subscriptionId: string; webhookUrl?: string; enabled?: boolean },
  actor: Actor,
): Promise<KardSubscription> {
  if (changes.webhookUrl !== undefined) checkUrl(changes.webhookUrl);
  const current = await findSubscription(subscriptionId);
  return applyUpdate(current, changes, actor);
}

async function applyUpdate(current: KardSubscription, changes: { webhookUrl?: string; enabled?: boolean }, actor: Actor) {
  const effective = Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => value !== undefined && current.attributes[key as keyof typeof changes] !== value),
  ) as typeof changes;
  if (Object.keys(effective).length === 0) return current;
  const { webhookUrl, enabled, eventName } = current.attributes;
  return auditedProviderCall(
    {
      actor,
      action: "kard.subscription.update",
      provider: "kard",
      target: targetOf(eventName),
      request: { subscriptionId: current.id, eventName, before: { webhookUrl, enabled }, changes: effective },
    },
    () => providerClient("kard").updateSubscription(current.id, effective),
    { onSuccess: async (_tx, { data }) => data },
  );
}

export type PointAllChange =
  | { eventName: KardNotificationType; change: "created" | "updated"; subscriptionId: string; before?: { webhookUrl: string; enabled: boolean } }
  | { eventName: KardNotificationType; change: "unchanged"; subscriptionId: string }
  | { eventName: KardNotificationType; change: "failed"; message: string };

/**
 * Points every event type (NotificationType) at this console's webhook URL, enabled: creates
 * the subscriptions that are missing and updates those with another URL or switched off, one
 * audited call per subscription so a failure leaves the others done. Idempotent: a second run
 * changes nothing and sends nothing but the read.
 * @returns one entry per subscription touched or checked (per event type when created).
 * @throws OperationError INVALID_WEBHOOK_URL when this console's origin (APP_URL) is not https
 *   or localhost; ProviderError when the subscriptions cannot be read.
 * Source: guide "Notifications" (one webhookUrl per event type); Create / Update Subscription.
 */
export async function pointAllAtConsole(_input: Record<string, never>, actor: Actor): Promise<{ webhookUrl: string; changes: PointAllChange[] }> {
  const webhookUrl = consoleWebhookUrl();
  checkUrl(webhookUrl);
  const { data } = await providerClient("kard").getSubscriptions();
  const changes: PointAllChange[] = [];
  for (const eventName of NOTIFICATION_TYPES) {
    const existing = data.filter((s) => s.attributes.eventName === eventName);
    try {
      if (existing.length === 0) {
        const created = await createSubscription({ eventName, webhookUrl, enabled: true }, actor);
        changes.push({ eventName, change: "created", subscriptionId: created.id });
      }
      for (const current of existing) {
        const { webhookUrl: url, enabled } = current.attributes;
        if (url === webhookUrl && enabled) {
          changes.push({ eventName, change: "unchanged", subscriptionId: current.id });
          continue;
        }
        await applyUpdate(current, { webhookUrl, enabled: true }, actor);
        changes.push({ eventName, change: "updated", subscriptionId: current.id, before: { webhookUrl: url, enabled } });
      }
    } catch (error) {
      if (!isProviderError(error) && !(error instanceof OperationError)) throw error;
      changes.push({ eventName, change: "failed", message: error.message });
    }
  }
  return { webhookUrl, changes };
}
