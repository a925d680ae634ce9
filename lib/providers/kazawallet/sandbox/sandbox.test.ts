import { describe, expect, it } from "vitest";
import { createKazawalletSandbox, KAZAWALLET_SANDBOX } from ".";

/* The simulator on its own: routing, the documented error shape, controls and the webhooks it sends. */

const HEADERS = { "x-api-key": KAZAWALLET_SANDBOX.apiKey, "x-api-secret": KAZAWALLET_SANDBOX.apiSecret, "merchant-email": KAZAWALLET_SANDBOX.merchantEmail, "content-type": "application/json" };

function setUp() {
  const sent: unknown[] = [];
  const sandbox = createKazawalletSandbox({
    webhookUrl: "http://console.test/hook",
    deliver: async (_url, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return new Response("{}");
    },
  });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = HEADERS) => {
    const res = await sandbox.handle(new Request(`http://sandbox.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const control = async (action: string, body: unknown = {}) => {
    const res = await sandbox.control!(action, body);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return { sandbox, sent, call, control };
}

describe("Kazawallet sandbox", () => {
  it("answers unknown paths and wrong methods in the documented error shape", async () => {
    const { call } = setUp();
    expect(await call("GET", "/nope")).toEqual({ status: 404, body: { success: false, error: "No endpoint /nope" } });
    expect(await call("GET", "/wallet-cards/topup")).toEqual({ status: 405, body: { success: false, error: "/wallet-cards/topup accepts PUT only" } });
    expect(await call("POST", "/createPaymentLink", "not an object")).toMatchObject({ status: 400, body: { success: false, error: "Request body must be a JSON object" } });
  });

  it("needs only the API key for a payment link, and all three headers for the cards", async () => {
    const { call } = setUp();
    const keyOnly = { "x-api-key": KAZAWALLET_SANDBOX.apiKey, "content-type": "application/json" };
    expect((await call("POST", "/createPaymentLink", { amount: "5", currency: "USD", email: "p@example.com" }, keyOnly)).status).toBe(200);
    expect(await call("GET", "/get-merchant-wallets-cards", undefined, keyOnly)).toMatchObject({ status: 401, body: { error: "Invalid API secret" } });
  });

  it("sends the payment-link webhook once with the documented fields and refuses paying twice", async () => {
    const { call, control, sent } = setUp();
    const { body } = await call("POST", "/createPaymentLink", { amount: "25.5", currency: "USD", email: "p@example.com", ref: "r-1" });
    expect((await control("pay-link", { orderId: body.id, status: "fulfilled" })).status).toBe(200);
    expect(sent).toEqual([{ order_id: body.id, secret: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/), amount: "25.5", ref: "r-1", status: "fulfilled", currency: "USD" }]);
    expect(await control("pay-link", { orderId: body.id, status: "timed_out" })).toMatchObject({ status: 400, body: { error: "Payment link is already fulfilled" } });
    expect(sent).toHaveLength(1);
  });

  it("refund and recharge move the card's balance and send CC_REFUND / CC_RECHARGE; a locked card cannot be recharged", async () => {
    const { call, control, sent } = setUp();
    const issued = await call("POST", "/wallet-cards/create-then-topup", { email: "h@example.com", amount: "10", currency: "USD" });
    const cardId = issued.body.cardId as string;
    await control("refund", { cardId, amount: "2.5" });
    await control("recharge", { cardId, amount: "1" });
    expect(((await call("GET", `/wallet-cards/get-card-details?cardId=${cardId}`)).body.card as { balance: string }).balance).toBe("13.50");
    expect(sent.map((b) => (b as { event: string }).event)).toEqual(["CC_RECHARGE", "CC_REFUND", "CC_RECHARGE"]);
    await call("PUT", "/wallet-cards/lock", { cardId });
    expect(await control("recharge", { cardId, amount: "1" })).toMatchObject({ status: 400, body: { error: "Card is locked" } });
  });

  it("a purchase beyond the balance fails with state 6 and changes nothing; ids never repeat across a reset", async () => {
    const { sandbox, call, control } = setUp();
    const first = await call("POST", "/wallet-cards/create-then-topup", { email: "h@example.com", amount: "10", currency: "USD" });
    await control("purchase", { cardId: first.body.cardId, amount: "50" });
    const { body } = await call("GET", `/wallet-cards/get-transactions?cardId=${String(first.body.cardId)}`);
    expect((body.transactions as { status: number; type: number }[]).map((t) => [t.type, t.status])).toEqual([
      [1, 1],
      [2, 6],
    ]);
    sandbox.reset();
    const second = await call("POST", "/wallet-cards/create-then-topup", { email: "h@example.com", amount: "10", currency: "USD" });
    expect(second.body.cardId).not.toBe(first.body.cardId);
  });
});
