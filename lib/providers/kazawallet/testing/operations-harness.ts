import type { PrismaClient } from "@prisma/client";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { staffActor } from "@/lib/audit/actor";
import { clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { receiveWebhook } from "@/lib/webhooks/inbox";
import { sandboxWebhookToken } from "../webhook-token";
import { kazawalletWebhooks } from "../webhooks";

/*
 * Tests of the operations: Kazawallet is reached exactly as the console does — providerClient
 * ("kazawallet") over the mounted in-process sandbox, injected faults included — with
 * PROVIDER_TIMEOUT_MS at 300 ms so a lost answer turns into UNKNOWN quickly. The sandbox's
 * webhooks are recorded, not sent; `deliverWebhooks` hands them to the inbox.
 */

export const OPERATOR = staffActor({ id: "staff-1", email: "op@example.com", role: "OPERATOR" }, { ip: "198.51.100.9", userAgent: "kazawallet-test" });

export function setUpKazawalletOperations(): { readonly db: PrismaClient } {
  const testDb = setUpTestDatabase();
  beforeEach(async () => {
    vi.stubEnv("PROVIDER_TIMEOUT_MS", "300");
    const db = testDb.db;
    await db.kazawalletTopUp.deleteMany();
    await db.kazawalletCard.deleteMany();
    await db.kazawalletCardEvent.deleteMany();
    await db.kazawalletPaymentLink.deleteMany();
    await db.kazawalletRequest.deleteMany();
    await db.webhookEvent.deleteMany();
    await db.auditEvent.deleteMany();
    clearFaults("kazawallet");
    resetSandbox("kazawallet");
    await control("set-webhook-url", { url: null });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  return {
    get db() {
      return testDb.db;
    },
  };
}

/** A sandbox control action; expects 200. */
export async function control<T>(action: string, body: unknown = {}): Promise<T> {
  const res = await sandboxFor("kazawallet")!.control!(action, body);
  expect(res.status, `sandbox control ${action}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}

export type SandboxView = {
  wallets: Record<string, string>;
  cards: { cardId: string; email: string; status: string; balance: string }[];
  transactions: { cardId: string; type: number; direction: number; amount: string; status: number }[];
};

export const sandboxState = () => control<SandboxView>("state");

/** Webhook bodies the sandbox produced since the reset (after in-flight ones finished). */
export async function sandboxWebhooks(): Promise<unknown[]> {
  return (await control<{ deliveries: { body: unknown }[] }>("deliveries")).deliveries.map((d) => d.body);
}

/** The console's receiver URL with a token (the sandbox's by default). */
export const receiverUrl = (token = sandboxWebhookToken()) => new URL(`http://localhost:3000/api/webhooks/kazawallet?token=${encodeURIComponent(token)}`);

/** Delivers one body to the inbox as the webhook route does. */
export function deliver(body: unknown, url: URL | undefined = receiverUrl()) {
  return receiveWebhook({ ...kazawalletWebhooks, rawBody: typeof body === "string" ? body : JSON.stringify(body), headers: new Headers({ "content-type": "application/json" }), url });
}

/** Delivers every webhook the sandbox produced since the last call (tracked by count). */
export function webhookPump() {
  let seen = 0;
  return async () => {
    const bodies = await sandboxWebhooks();
    const fresh = bodies.slice(seen);
    seen = bodies.length;
    const results = [];
    for (const body of fresh) results.push(await deliver(body));
    return results;
  };
}
