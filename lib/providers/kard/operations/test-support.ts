import { sandboxFor } from "@/lib/sandbox/mount";
import type { Actor } from "@/lib/audit/actor";

/** Tests: an operator acting from a fixed address. */
export const OPERATOR: Actor = {
  staff: { id: "staff-operator", email: "operator@example.com", role: "OPERATOR" },
  context: { ip: "198.51.100.7", userAgent: "kard-operations-test" },
};

export const NEW_CUSTOMER = "sandbox-sandbox-new-customer";
export const LAPSED_CUSTOMER = "sandbox-sandbox-lapsed-customer";
/** Seeded offers (lib/providers/kard/sandbox/seed/offers.ts). */
export const SUNRISE_COFFEE = { id: "66a1f0c2b7e4d90012ab3013", name: "Sunrise Coffee Roasters" };
export const BAAS_PRO_SHOPS = { id: "654d3fce9587960008944c61", name: "BaaS Pro Shops" };

/** Tests: the in-process Kard sandbox's whole state (its `state` control action). */
export async function kardSandboxState<T = Record<string, unknown>>(): Promise<T> {
  const response = await sandboxFor("kard")!.control!("state", {});
  return (await response.json()) as T;
}
