import { type ProviderSlug } from "@/lib/providers/slugs";
import type { RelatedRecord } from "./types";

/** `relatedRecord` is stored as `<type>:<id>`, e.g. `transaction:console-tx-1`. */
export function formatRelatedRecord(record: RelatedRecord | undefined): string | null {
  return record ? `${record.type}:${record.id}` : null;
}

export function parseRelatedRecord(stored: string | null): RelatedRecord | null {
  if (!stored) return null;
  const at = stored.indexOf(":");
  return at > 0 ? { type: stored.slice(0, at), id: stored.slice(at + 1) } : { type: "record", id: stored };
}

const USER_PAGES: Partial<Record<ProviderSlug, (id: string) => string>> = {
  kard: (id) => `/kard/users/${encodeURIComponent(id)}`,
};

/** The console page of a provider's end user, where the console has one. */
export function relatedUserHref(provider: string, userId: string | null): string | null {
  const page = USER_PAGES[provider as ProviderSlug];
  return userId && page ? page(userId) : null;
}
