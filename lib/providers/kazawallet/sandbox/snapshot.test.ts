import { describe, expect, it } from "vitest";
import type { Sandbox } from "@/lib/sandbox/types";
import { createKazawalletSandbox, KAZAWALLET_SANDBOX } from ".";

/* The Kazawallet simulator's state survives a restart (snapshot → JSON → restore) and never reuses an id. */

const HEADERS = { "x-api-key": KAZAWALLET_SANDBOX.apiKey, "x-api-secret": KAZAWALLET_SANDBOX.apiSecret, "merchant-email": KAZAWALLET_SANDBOX.merchantEmail, "content-type": "application/json" };
const fresh = () => createKazawalletSandbox({ webhookUrl: null, now: () => Date.parse("2026-05-01T10:00:00.000Z") });

async function call(sandbox: Sandbox, method: string, path: string, body?: unknown) {
  const res = await sandbox.handle(new Request(`http://sandbox.test${path}`, { method, headers: HEADERS, body: body === undefined ? undefined : JSON.stringify(body) }));
  return (await res.json()) as Record<string, unknown> & { cardId?: string; transfer?: { id: string }; createdTransfer?: { id: string } };
}
const control = async (sandbox: Sandbox, action: string) => (await sandbox.control!(action, {})).json();
const issue = (sandbox: Sandbox, email: string) => call(sandbox, "POST", "/wallet-cards/create-then-topup", { email, amount: "20", currency: "USD", cardType: "basic" });
const transfer = async (sandbox: Sandbox) => (await call(sandbox, "POST", "/transfer-from-merchant-to-user", { email: "user@example.com", currency: "USD", amount: "5" })).transfer!.id;
const restarted = (from: Sandbox) => {
  const sandbox = fresh();
  sandbox.restore(JSON.parse(JSON.stringify(from.snapshot())));
  return sandbox;
};

describe("Kazawallet sandbox snapshot and restore", () => {
  it("answers the same reads after a restart, moves the same card on, and hands out new ids", async () => {
    const before = fresh();
    const card = await issue(before, "a@example.com");
    await call(before, "PUT", "/wallet-cards/topup", { cardId: card.cardId, amount: "7.50" });
    const earlier = [card.cardId, card.createdTransfer!.id, await transfer(before)];
    const reads = async (s: Sandbox) => [
      await call(s, "GET", "/get-merchant-wallets"),
      await call(s, "GET", "/get-merchant-wallets-cards"),
      await call(s, "GET", `/wallet-cards/get-transactions?cardId=${card.cardId}`),
      await control(s, "state"),
      await control(s, "journal"),
    ];

    const after = restarted(before);

    expect(await reads(after)).toEqual(await reads(before));
    expect(await call(after, "PUT", "/wallet-cards/topup", { cardId: card.cardId, amount: "1" })).toMatchObject({ success: true, balance: expect.any(String) });
    const next = await issue(after, "b@example.com");
    expect(earlier).not.toContain(next.cardId);
    expect(earlier).not.toContain(await transfer(after));
  });

  it("a reset restores the seeded wallets but never hands out an earlier id again", async () => {
    const sandbox = fresh();
    const earlier = [await transfer(sandbox), await transfer(sandbox)];

    sandbox.reset();
    const after = restarted(sandbox);

    expect(((await control(after, "state")) as { transfers: unknown[] }).transfers).toEqual([]);
    expect(earlier).not.toContain(await transfer(after));
  });
});
