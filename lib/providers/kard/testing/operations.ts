import type { Actor } from "@/lib/audit/actor";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";

/** Tests: an operator acting from a fixed address. */
export const OPERATOR: Actor = {
  staff: { id: "staff-operator", email: "operator@example.com", role: "OPERATOR" },
  context: { ip: "198.51.100.7", userAgent: "kard-operations-test" },
};

/** Tests: the in-process Kard sandbox's whole state (its `state` control action). */
export async function kardSandboxState<T = Record<string, unknown>>(): Promise<T> {
  const response = await sandboxFor("kard")!.control!("state", {});
  return (await response.json()) as T;
}

/**
 * Tests: the console's in-process Kard sandbox back at its seeded start, less the subscriptions
 * it is seeded with — so no notification is POSTed to a console that is not running (the
 * notifications stay recorded in the sandbox, status "no-subscription").
 */
export async function resetKardSandbox(): Promise<void> {
  resetSandbox("kard");
  await sandboxFor("kard")!.control!("clear-subscriptions", {});
}
