import { providerConfig } from "@/lib/providers/registry";

const PERSONA_KINDS = ["new-customer", "lapsed-customer"] as const;

/**
 * The sandbox personas' user ids, `sandbox-{issuerName}-new-customer` and
 * `sandbox-{issuerName}-lapsed-customer`, while Kard is in sandbox mode; none live (the issuer
 * name of a live sandbox environment is not configured).
 * Source: guide "Targeted Offers" and "Testing The User Experiences".
 */
export function sandboxPersonaIds(): string[] {
  const config = providerConfig("kard");
  if (config.mode !== "sandbox") return [];
  return PERSONA_KINDS.map((kind) => `sandbox-${config.credentials.issuerName}-${kind}`);
}

export function isSandboxPersona(userId: string): boolean {
  return sandboxPersonaIds().includes(userId);
}
