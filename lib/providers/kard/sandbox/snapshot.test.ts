import { describe, expect, it } from "vitest";
import type { Sandbox } from "@/lib/sandbox/types";
import { NEW_CUSTOMER, SUNRISE_COFFEE } from "../testing/personas";
import { basicAuth, cardTransaction, ORG, PUBLIC_BASE, TEST_NOW } from "../testing/sandbox-harness";
import { createKardSandbox } from ".";

/* The Kard simulator's state survives a restart (snapshot → JSON → restore): same reads, events still deduplicated, new ids. */

const fresh = () => createKardSandbox({ now: () => TEST_NOW, deliver: async () => new Response("ok"), publicBaseUrl: PUBLIC_BASE, subscribedWebhookUrl: null });
const restarted = (from: Sandbox) => {
  const sandbox = fresh();
  sandbox.restore(JSON.parse(JSON.stringify(from.snapshot())));
  return sandbox;
};

async function raw(sandbox: Sandbox, method: string, path: string, headers: Record<string, string>, body?: string) {
  const res = await sandbox.handle(new Request(`http://console.test${path}`, { method, headers, body }));
  return { status: res.status, body: (await res.json()) as { data?: { id: string } | { id: string }[]; access_token?: string } };
}
async function token(sandbox: Sandbox) {
  const res = await raw(sandbox, "POST", "/v2/auth/token", { authorization: basicAuth(), "content-type": "application/x-www-form-urlencoded" }, "grant_type=client_credentials");
  return res.body.access_token!;
}
const api = async (sandbox: Sandbox, method: string, path: string, body?: unknown) =>
  raw(sandbox, method, path, { authorization: `Bearer ${await token(sandbox)}`, "content-type": "application/json" }, body === undefined ? undefined : JSON.stringify(body));
const USER = `${ORG}/users/${NEW_CUSTOMER}`;
const purchase = (sandbox: Sandbox, id: string) =>
  api(sandbox, "POST", `${ORG}/transactions`, {
    data: [cardTransaction({ id, userId: NEW_CUSTOMER, description: SUNRISE_COFFEE.name, status: "APPROVED", amount: 2500, at: new Date(TEST_NOW.getTime() - 3_600_000), transactionId: `tx-${id}` })],
  });
const state = async (sandbox: Sandbox) => (await sandbox.control!("state", {})).json();
const idsOf = (dump: unknown) => JSON.stringify(dump).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{24}\b/g) ?? [];

describe("Kard sandbox snapshot and restore", () => {
  it("answers the same reads after a restart, still knows the events it received, and hands out new ids", async () => {
    const before = fresh();
    await api(before, "POST", `${USER}/offers/${SUNRISE_COFFEE.id}/activate`);
    expect((await purchase(before, "event-1")).status).toBe(202);
    const reads = async (s: Sandbox) => [await api(s, "GET", USER), await api(s, "GET", `${USER}/earned-rewards`), await state(s)];
    const earlier = new Set(idsOf(await state(before)));

    const after = restarted(before);

    expect(await reads(after)).toEqual(await reads(before));
    expect((await purchase(after, "event-1")).status).toBe(409);
    const job = (await purchase(after, "event-2")).body.data as { id: string };
    const fresher = idsOf(await state(after)).filter((id) => !earlier.has(id));
    expect(fresher.length).toBeGreaterThan(0);
    expect(earlier.has(job.id)).toBe(false);
  });
});
