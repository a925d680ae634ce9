import { providerConfig, providerClient } from "@/lib/providers/registry";
import type { KtnFeePreference } from "../schemas";

/**
 * How old a fee preference may be when a purchase is quoted from it (ms). KTN sets a profile's
 * fees on its side (the API only reads them: "Get Active Fee Preference") and they change
 * rarely; the quote is only the expectation stored before the call — the order keeps the fee
 * KTN's purchase answer says it charged ("Purchase Gift Card": fee, subTotal, total). The same
 * bound as the catalogue's, and never older than the catalogue page the operator confirmed from
 * (that page refreshes it: rememberFeePreference).
 */
export const FEE_PREFERENCE_TTL_MS = 60_000;

type Entry = { at: number; preference: KtnFeePreference };
const cache = ((globalThis as { __ktnFeePreference?: Map<string, Entry> }).__ktnFeePreference ??= new Map());

const key = () => providerConfig("ktn").baseUrl;

/**
 * The active fee preference (KTN getActiveFeePreference), at most FEE_PREFERENCE_TTL_MS old,
 * cached per base URL and process.
 * @throws ProviderError when it has to be fetched and KTN fails.
 */
export async function activeFeePreference(): Promise<KtnFeePreference> {
  const hit = cache.get(key());
  if (hit && Date.now() - hit.at < FEE_PREFERENCE_TTL_MS) return hit.preference;
  return rememberFeePreference(await providerClient("ktn").getActiveFeePreference());
}

/** Keeps a preference just read from KTN (e.g. by the catalogue page) as the cached one; returns it. */
export function rememberFeePreference(preference: KtnFeePreference): KtnFeePreference {
  cache.set(key(), { at: Date.now(), preference });
  return preference;
}

/**
 * Drops the cached preference: KTN charged a fee other than the one quoted from it, so it has
 * changed at KTN and the next quote reads it again.
 */
export function forgetFeePreference(): void {
  cache.delete(key());
}
