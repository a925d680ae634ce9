import Decimal from "decimal.js";
import type { BusinessRate } from "../conversion";

/**
 * The businesses registered in the sandbox network, each with its API token (issue contracts:
 * keep them exactly), its currency and its multiplier (loyalty points per 1 KvitkaCoin).
 * This business's multiplier 0.5 reproduces the documentation's example: a code worth
 * 176.32 KvitkaCoins credits 88.16 points here.
 * Source: KvitkaCard API v1.0, "Authentication" and "Limits".
 */
export interface SandboxBusiness extends BusinessRate {
  key: "merchant" | "partner";
  name: string;
  apiToken: string;
}

export const SANDBOX_BUSINESSES: readonly SandboxBusiness[] = [
  {
    key: "merchant",
    name: "This business (sandbox)",
    apiToken: "kvitka_sandbox_token",
    currency: "UAH",
    multiplier: new Decimal("0.5"),
  },
  {
    key: "partner",
    name: "Partner business (sandbox)",
    apiToken: "kvitka_partner_token",
    currency: "PLN",
    multiplier: new Decimal("10"),
  },
];

export function businessByToken(apiToken: unknown): SandboxBusiness | undefined {
  return typeof apiToken === "string" ? SANDBOX_BUSINESSES.find((b) => b.apiToken === apiToken) : undefined;
}

export function businessByKey(key: SandboxBusiness["key"]): SandboxBusiness {
  const business = SANDBOX_BUSINESSES.find((b) => b.key === key);
  if (!business) throw new Error(`no sandbox business ${key}`);
  return business;
}
