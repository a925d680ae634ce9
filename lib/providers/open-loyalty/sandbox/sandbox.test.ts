import { describe, expect, it } from "vitest";
import { createOpenLoyaltySandbox } from "./index";

/* The simulator on its own (no client): routing, the gate's order, and the seed's unprefixed redemption path. */

const sandbox = createOpenLoyaltySandbox({ now: () => Date.UTC(2026, 11, 4, 9, 30, 5) });
const at = (path: string, init: RequestInit = {}) => sandbox.handle(new Request(`http://sandbox${path}`, { method: "POST", ...init }));

describe("Open Loyalty Pay sandbox", () => {
  it("answers the seed's unprefixed redemption path with 404, in the envelope", async () => {
    const res = await at("/openLoyaltyPay/loyaltyRedemption", { body: "{}" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 404, msg: "No endpoint /openLoyaltyPay/loyaltyRedemption.", timestamp: "2026-12-04 09:30:05", data: null });
  });

  it("accepts POST only", async () => {
    const res = await at("/ovstrade/openLoyaltyPay/giftInquiry", { method: "GET" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect((await res.json()).code).toBe(405);
  });

  it("checks the token before anything else, then the body, then the sign", async () => {
    expect(await (await at("/ovstrade/openLoyaltyPay/giftInquiry", { body: "not json" })).json()).toMatchObject({ code: 401 });
    const token = { "jwt-token": "olp_sandbox_jwt" };
    expect(await (await at("/ovstrade/openLoyaltyPay/giftInquiry", { headers: token, body: "not json" })).json()).toMatchObject({ code: 400 });
    expect(await (await at("/ovstrade/openLoyaltyPay/giftInquiry", { headers: token, body: "[]" })).json()).toMatchObject({ code: 400 });
    const body = JSON.stringify({ clientId: "olp_sandbox_client", loyaltyChannel: "FACTOR4", accountId: "914639258868515", entryType: "K" });
    const res = await at("/ovstrade/openLoyaltyPay/giftInquiry", { headers: { ...token, sign: "0".repeat(64) }, body });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 403, data: null, timestamp: "2026-12-04 09:30:05" });
  });

  it("lists the seeded cards through its control surface", async () => {
    const { cards } = (await (await sandbox.control!("cards", {})).json()) as { cards: { accountId: string; balance: string; points: string; active: boolean }[] };
    expect(cards[0]).toMatchObject({ accountId: "914639258868515", balance: "1534.10", points: "53", active: true });
    expect(cards.filter((c) => !c.active).length).toBeGreaterThanOrEqual(1);
    expect((await sandbox.control!("nope", {})).status).toBe(404);
  });
});
