/**
 * Tests: what the Kard sandbox is seeded with — its two personas (`sandbox-{issuerName}-…`) and
 * two of its offers (lib/providers/kard/sandbox/seed/).
 */
export const NEW_CUSTOMER = "sandbox-sandbox-new-customer";
export const LAPSED_CUSTOMER = "sandbox-sandbox-lapsed-customer";
export const SUNRISE_COFFEE = { id: "66a1f0c2b7e4d90012ab3013", name: "Sunrise Coffee Roasters" };
export const BAAS_PRO_SHOPS = { id: "654d3fce9587960008944c61", name: "BaaS Pro Shops" };
