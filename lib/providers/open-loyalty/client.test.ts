import { beforeEach, describe, expect, it } from "vitest";
import { addFault, clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox } from "@/lib/sandbox/mount";
import { providerRejection } from "@/lib/testing/rejection";
import { openLoyaltySign } from "./sign";
import { sandboxCard, sandboxClient, sandboxControl } from "./testing/sandbox-client";

const EXAMPLE = "914639258868515"; // active, USD 1534.10, 53 Points
const INACTIVE = "914639258868523";
const LOW = "914639258868531"; // active, USD 25.00, 5 Points
const EMPTY = "914639258868556"; // active, USD 0.00
const K = "K" as const;

let n = 0;
const orderNo = () => `T${Date.now()}-${++n}`;

beforeEach(() => {
  clearFaults("open-loyalty");
  resetSandbox("open-loyalty");
});

describe("Open Loyalty Pay client: the wire", () => {
  it("POSTs the signed body it checked, byte for byte, with jwt-token and sign headers", async () => {
    const { client, sent } = sandboxClient();
    await client.giftTransaction({ tranOrderNo: "OLP-VECTOR-1", accountId: EXAMPLE, entryType: K, amount: "10.5", tranCurrency: "USD" });
    const [request] = sent;
    expect(request.url).toMatch(/\/sandbox\/open-loyalty\/ovstrade\/openLoyaltyPay\/giftTransaction$/);
    expect(request.body).toBe(
      '{"clientId":"olp_sandbox_client","tranOrderNo":"OLP-VECTOR-1","loyaltyChannel":"FACTOR4","amount":"10.50","tranCurrency":"USD","accountId":"914639258868515","entryType":"K"}',
    );
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.headers.get("jwt-token")).toBe("olp_sandbox_jwt");
    // The OpenSSL vector of sign.test.ts: the header is the HMAC of exactly these bytes.
    expect(request.headers.get("sign")).toBe("a5105822a5533649787c5eb7d675e76b4b1c64cc02c46f8603b98d797b132c92");
  });

  it("sends every call under /ovstrade/openLoyaltyPay/, redemption included", async () => {
    const { client, sent } = sandboxClient();
    await client.loyaltyRedemption({ tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: 1 });
    expect(new URL(sent[0].url).pathname).toBe("/sandbox/open-loyalty/ovstrade/openLoyaltyPay/loyaltyRedemption");
  });

  it("is refused with INVALID_SIGN (403) for a wrong secret and INVALID_TOKEN (401) for a wrong token, and nothing moves", async () => {
    const wrongSecret = sandboxClient({ clientSecret: "not_the_secret" }).client;
    const pay = { tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "1.00", tranCurrency: "USD" };
    expect(await providerRejection(wrongSecret.giftTransaction(pay))).toMatchObject({ code: "403", outcome: "failed", endpoint: "giftTransaction" });
    expect(await providerRejection(sandboxClient({ jwtToken: "stolen" }).client.giftTransaction(pay))).toMatchObject({ code: "401", outcome: "failed" });
    expect((await sandboxCard(EXAMPLE)).balance).toBe("1534.10");
  });

  it("is refused with INVALID_SIGN when the body is changed after signing, or the sign header is missing", async () => {
    const body = '{"clientId":"olp_sandbox_client","loyaltyChannel":"FACTOR4","accountId":"914639258868515","entryType":"K"}';
    const url = "http://localhost/sandbox/open-loyalty/ovstrade/openLoyaltyPay/giftInquiry";
    const { sandboxFetch } = await import("@/lib/sandbox/sandbox-fetch");
    const send = (text: string, sign?: string) =>
      sandboxFetch(url, { method: "POST", headers: { "content-type": "application/json", "jwt-token": "olp_sandbox_jwt", ...(sign ? { sign } : {}) }, body: text });
    const sign = openLoyaltySign(body, "olp_sandbox_client", "olp_sandbox_secret");
    expect((await (await send(body, sign)).json()).code).toBe(200);
    expect(await (await send(body.replace('"K"', '"B"'), sign)).json()).toMatchObject({ code: 403, data: null, msg: expect.stringContaining("sign") });
    expect((await (await send(body)).json()).code).toBe(403);
    expect((await (await send(` ${body}`, sign)).json()).code).toBe(403);
  });

  it("refuses before sending what the documentation does not allow (entryType, amounts, points)", async () => {
    const { client, sent } = sandboxClient();
    const pay = { tranOrderNo: orderNo(), accountId: EXAMPLE, tranCurrency: "USD" };
    expect(await providerRejection(client.giftTransaction({ ...pay, entryType: "X" as "K", amount: "1" }))).toMatchObject({ code: "INVALID_REQUEST" });
    expect(await providerRejection(client.giftTransaction({ ...pay, entryType: K, amount: "1.001" }))).toMatchObject({ code: "INVALID_REQUEST" });
    expect(await providerRejection(client.giftTransaction({ ...pay, entryType: K, amount: "0" }))).toMatchObject({ code: "INVALID_REQUEST" });
    expect(await providerRejection(client.giftTransaction({ ...pay, tranOrderNo: "x".repeat(61), entryType: K, amount: "1" }))).toMatchObject({ code: "INVALID_REQUEST" });
    expect(await providerRejection(client.loyaltyIssuance({ tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "1.5" }))).toMatchObject({ code: "INVALID_REQUEST" });
    expect(sent).toHaveLength(0);
  });
});

describe("Open Loyalty Pay client: cards", () => {
  it("inquires the documentation's example card: USD 1534.10 and 53 Points, with a UTC timestamp", async () => {
    const { client } = sandboxClient();
    const card = await client.giftInquiry({ accountId: EXAMPLE, entryType: K });
    expect(card.accountId).toBe(EXAMPLE);
    expect(card.balances.map((b) => [b.valueCode, b.amount.toFixed(2)])).toEqual([["USD", "1534.10"], ["Points", "53.00"]]);
    const { sandboxFetch } = await import("@/lib/sandbox/sandbox-fetch");
    const body = '{"clientId":"olp_sandbox_client","loyaltyChannel":"FACTOR4","accountId":"914639258868515","entryType":"K"}';
    const raw = await sandboxFetch("http://localhost/sandbox/open-loyalty/ovstrade/openLoyaltyPay/giftInquiry", {
      method: "POST",
      headers: { "jwt-token": "olp_sandbox_jwt", sign: openLoyaltySign(body, "olp_sandbox_client", "olp_sandbox_secret") },
      body,
    });
    expect((await raw.json()).timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it("answers an unknown card with 1001 and a card not activated with 1002", async () => {
    const { client } = sandboxClient();
    expect(await providerRejection(client.giftInquiry({ accountId: "999999999999999", entryType: K }))).toMatchObject({ code: "1001" });
    expect(await providerRejection(client.giftInquiry({ accountId: INACTIVE, entryType: K }))).toMatchObject({ code: "1002" });
  });

  it("activates a card once, with its customer info, then refuses a second activation (1003)", async () => {
    const { client } = sandboxClient();
    const customerInfo = { customerType: "1" as const, firstName: "Robin", lastName: "New", country: "US" };
    const card = await client.giftActivate({ accountId: INACTIVE, entryType: K, customerInfo });
    expect(card.customerInfo).toMatchObject({ firstName: "Robin" });
    expect(card.balances.find((b) => b.valueCode === "USD")?.amount.toFixed(2)).toBe("0.00");
    expect(await providerRejection(client.giftActivate({ accountId: INACTIVE, entryType: K, customerInfo }))).toMatchObject({ code: "1003" });
    expect((await client.giftInquiry({ accountId: INACTIVE, entryType: K })).customerInfo).toMatchObject({ lastName: "New" });
  });
});

describe("Open Loyalty Pay client: money", () => {
  it("tops up, pays, tips and voids the payment with its tip (balance restored)", async () => {
    const { client } = sandboxClient();
    const card = { accountId: LOW, entryType: K, tranCurrency: "USD" };
    const topUp = await client.giftIssuance({ ...card, tranOrderNo: orderNo(), amount: "10.00" });
    expect(topUp).toMatchObject({ result: 0 });
    expect(topUp.amount?.toFixed(2)).toBe("10.00");
    expect((await sandboxCard(LOW)).balance).toBe("35.00");

    const pay = await client.giftTransaction({ ...card, tranOrderNo: orderNo(), amount: "12.34" });
    expect(pay.checkoutId).toMatch(/^\d{18}$/);
    const tip = await client.giftTip({ ...card, tranOrderNo: orderNo(), oriOrderNo: pay.checkoutId, amount: "2.00" });
    expect(tip.result).toBe(0);
    expect((await sandboxCard(LOW)).balance).toBe("20.66");

    const voided = await client.giftVoid({ tranOrderNo: orderNo(), oriOrderNo: pay.checkoutId });
    expect(voided).toMatchObject({ oriCheckoutId: pay.checkoutId, oriTransIndexCode: pay.transIndexCode, result: 0 });
    expect(voided.amount?.toFixed(2)).toBe("14.34");
    expect((await sandboxCard(LOW)).balance).toBe("35.00");

    expect(await providerRejection(client.giftVoid({ tranOrderNo: orderNo(), oriOrderNo: pay.checkoutId }))).toMatchObject({ code: "1007" });
    expect(await providerRejection(client.giftTip({ ...card, tranOrderNo: orderNo(), oriOrderNo: pay.checkoutId, amount: "1.00" }))).toMatchObject({ code: "1007" });
    expect(await providerRejection(client.giftVoid({ tranOrderNo: orderNo(), oriOrderNo: tip.checkoutId }))).toMatchObject({ code: "1007" });
  });

  it("voids a top-up once; refuses a void of a tip alone (1008), a tip on a top-up (1008) and unknown originals (1006)", async () => {
    const { client } = sandboxClient();
    const card = { accountId: LOW, entryType: K, tranCurrency: "USD" };
    const topUp = await client.giftIssuance({ ...card, tranOrderNo: orderNo(), amount: "5.00" });
    expect(await providerRejection(client.giftTip({ ...card, tranOrderNo: orderNo(), oriOrderNo: topUp.checkoutId, amount: "1.00" }))).toMatchObject({ code: "1008" });
    await client.giftVoid({ tranOrderNo: orderNo(), oriOrderNo: topUp.checkoutId });
    expect((await sandboxCard(LOW)).balance).toBe("25.00");
    const pay = await client.giftTransaction({ ...card, tranOrderNo: orderNo(), amount: "1.00" });
    const tip = await client.giftTip({ ...card, tranOrderNo: orderNo(), oriOrderNo: pay.checkoutId, amount: "0.50" });
    expect(await providerRejection(client.giftVoid({ tranOrderNo: orderNo(), oriOrderNo: tip.checkoutId }))).toMatchObject({ code: "1008" });
    expect(await providerRejection(client.giftVoid({ tranOrderNo: orderNo(), oriOrderNo: "1" }))).toMatchObject({ code: "1006" });
    expect(await providerRejection(client.giftTip({ ...card, accountId: EXAMPLE, tranOrderNo: orderNo(), oriOrderNo: pay.checkoutId, amount: "1.00" }))).toMatchObject({ code: "1006" });
  });

  it("refuses another currency (1010) and a card not activated (1002)", async () => {
    const { client } = sandboxClient();
    expect(await providerRejection(client.giftTransaction({ tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "1", tranCurrency: "EUR" }))).toMatchObject({ code: "1010" });
    expect(await providerRejection(client.giftTransaction({ tranOrderNo: orderNo(), accountId: INACTIVE, entryType: K, amount: "1", tranCurrency: "USD" }))).toMatchObject({ code: "1002" });
  });
});

describe("Open Loyalty Pay client: insufficient funds at the boundary (card holds USD 25.00)", () => {
  const pay = (amount: string, nsfAllowed?: boolean, accountId = LOW) =>
    sandboxClient().client.giftTransaction({ tranOrderNo: orderNo(), accountId, entryType: K, amount, tranCurrency: "USD", nsfAllowed });

  it("approves exactly the balance", async () => {
    expect((await pay("25.00")).amount?.toFixed(2)).toBe("25.00");
    expect((await sandboxCard(LOW)).balance).toBe("0.00");
  });

  it("declines one cent over without nsfAllowed (1004), and with nsfAllowed false", async () => {
    expect(await providerRejection(pay("25.01"))).toMatchObject({ code: "1004", outcome: "failed" });
    expect(await providerRejection(pay("25.01", false))).toMatchObject({ code: "1004" });
    expect((await sandboxCard(LOW)).balance).toBe("25.00");
  });

  it("approves the available 25.00 of 25.01 with nsfAllowed (partial redemption)", async () => {
    const approved = await pay("25.01", true);
    expect(approved.amount?.toFixed(2)).toBe("25.00");
    expect((await sandboxCard(LOW)).balance).toBe("0.00");
  });

  it("declines an empty card even with nsfAllowed", async () => {
    expect(await providerRejection(pay("0.01", true, EMPTY))).toMatchObject({ code: "1004" });
  });
});

describe("Open Loyalty Pay client: points", () => {
  it("issues and redeems whole points and never goes below zero (1005)", async () => {
    const { client } = sandboxClient();
    const card = { accountId: LOW, entryType: K };
    expect((await client.loyaltyIssuance({ ...card, tranOrderNo: orderNo(), amount: 3 })).amount?.toFixed(0)).toBe("3");
    expect((await sandboxCard(LOW)).points).toBe("8");
    await client.loyaltyRedemption({ ...card, tranOrderNo: orderNo(), amount: "8" });
    expect((await sandboxCard(LOW)).points).toBe("0");
    expect(await providerRejection(client.loyaltyRedemption({ ...card, tranOrderNo: orderNo(), amount: 1 }))).toMatchObject({ code: "1005" });
    expect((await sandboxCard(LOW)).points).toBe("0");
  });
});

describe("Open Loyalty Pay client: the same tranOrderNo", () => {
  it("answers the first result again and moves nothing twice", async () => {
    const { client } = sandboxClient();
    const input = { tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "100.00", tranCurrency: "USD" };
    const first = await client.giftTransaction(input);
    const again = await client.giftTransaction(input);
    expect(again).toEqual(first);
    expect((await sandboxCard(EXAMPLE)).balance).toBe("1434.10");
  });

  it("refuses it for another request (1009)", async () => {
    const { client } = sandboxClient();
    const input = { tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "1.00", tranCurrency: "USD" };
    await client.giftTransaction(input);
    expect(await providerRejection(client.giftTransaction({ ...input, amount: "2.00" }))).toMatchObject({ code: "1009" });
    expect((await sandboxCard(EXAMPLE)).balance).toBe("1533.10");
  });

  it("after a lost answer, a retry with the same tranOrderNo returns the charge made and charges nothing more", async () => {
    const { client } = sandboxClient({ timeoutMs: 200 });
    const input = { tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "34.10", tranCurrency: "USD" };
    addFault("open-loyalty", { fault: { kind: "lost-response" }, pathIncludes: "giftTransaction", count: 1 });
    expect(await providerRejection(client.giftTransaction(input))).toMatchObject({ code: "TIMEOUT", outcome: "unknown" });
    expect((await sandboxCard(EXAMPLE)).balance).toBe("1500.00");
    expect((await client.giftTransaction(input)).amount?.toFixed(2)).toBe("34.10");
    expect((await sandboxCard(EXAMPLE)).balance).toBe("1500.00");
  });
});

describe("Open Loyalty Pay client: result 1 and 2", () => {
  it("passes a failure (result 1) through with nothing moved, and a pending payment (2) that the next inquiry shows applied", async () => {
    const { client } = sandboxClient();
    await sandboxControl("next-result", { result: 1 });
    const failed = await client.giftTransaction({ tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "4.10", tranCurrency: "USD" });
    expect(failed.result).toBe(1);
    expect((await sandboxCard(EXAMPLE)).balance).toBe("1534.10");

    await sandboxControl("next-result", { result: 2 });
    const pending = await client.giftTransaction({ tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "4.10", tranCurrency: "USD" });
    expect(pending.result).toBe(2);
    const card = await client.giftInquiry({ accountId: EXAMPLE, entryType: K });
    expect(card.balances[0].amount.toFixed(2)).toBe("1530.00");
  });

  it("turns a 5xx on a write into an unknown outcome", async () => {
    addFault("open-loyalty", { fault: { kind: "status", status: 503 }, pathIncludes: "giftIssuance", count: 1 });
    const { client } = sandboxClient();
    expect(await providerRejection(client.giftIssuance({ tranOrderNo: orderNo(), accountId: EXAMPLE, entryType: K, amount: "1", tranCurrency: "USD" }))).toMatchObject({
      httpStatus: 503,
      outcome: "unknown",
    });
  });
});
