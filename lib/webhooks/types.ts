import type { Prisma } from "@prisma/client";
import { type ProviderSlug } from "@/lib/providers/slugs";

/** How the delivery's signature checked out against the provider's key (stored as-is). */
export const SIGNATURE_STATUSES = ["VALID", "INVALID", "MISSING"] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/**
 * Where a stored event stands. RECEIVED: stored, not yet applied (or the process stopped while
 * applying: re-process it); APPLIED: its effect is in the database; REJECTED: the signature did
 * not verify, never applied; FAILED: signed, but unparseable or its application threw.
 */
export const WEBHOOK_STATUSES = ["RECEIVED", "APPLIED", "REJECTED", "FAILED"] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

/** The record a notification is about, e.g. `{ type: "transaction", id: "console-tx-1" }`. */
export interface RelatedRecord {
  type: string;
  id: string;
}

/** What a provider's parser reads out of a verified body. */
export interface ParsedWebhook {
  /** The provider's own id of the event: the idempotency key of its deliveries. */
  eventId: string;
  type: string;
  /** The provider's id of the end user the event concerns, when it names one. */
  relatedUserId?: string;
  relatedRecord?: RelatedRecord;
}

export type WebhookParseResult = { ok: true; event: ParsedWebhook } | { ok: false; reason: string };

/** A parsed event being applied: `id` is the stored WebhookEvent's row id. */
export interface WebhookToApply extends ParsedWebhook {
  id: string;
  provider: ProviderSlug;
}

/**
 * One provider's webhook rules (each provider's `webhooks.ts`). `verify` checks the signature
 * over the raw body exactly as received (timing-safe); `url` is the URL the delivery was sent to
 * (a provider that signs nothing is authenticated by a secret token in its webhook URL) and is
 * absent when a stored event is re-processed; `parse` reads a body whose signature verified; `apply` makes the
 * event's local effect inside the transaction that marks it APPLIED, must be idempotent (a
 * re-process runs it again) and may return a JSON-able summary for the audit row.
 */
export interface WebhookHandler {
  provider: ProviderSlug;
  verify: (rawBody: string, headers: Headers, url?: URL) => SignatureStatus;
  parse: (rawBody: string) => WebhookParseResult;
  apply: (event: WebhookToApply, tx: Prisma.TransactionClient) => Promise<unknown>;
}
