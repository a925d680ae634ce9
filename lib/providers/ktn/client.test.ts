import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FetchFn } from "@/lib/providers/http";
import { createKtnClient } from "./client";
import { ktnChargedAmount } from "./denominations";
import { quoteKtnFee } from "./fees";
import { createKtnSandbox, KTN_SANDBOX_API_KEY } from "./sandbox";
import type { KtnPurchaseRequest } from "./schemas";
import { documentedPurchaseRequest, ktnExample } from "./testing/examples";
import { providerRejection } from "@/lib/testing/rejection";

const documentedPurchase = documentedPurchaseRequest();
const documentedFeePreference = ktnExample<{ data: unknown }>("Get Active Fee Preference").data;

const START = Date.parse("2026-05-01T10:00:00.000Z");
let clockMs = START;
const sandbox = createKtnSandbox({ now: () => new Date(clockMs) });
const fetch: FetchFn = (input, init) => sandbox.handle(new Request(input, init));
const BASE_URL = "http://ktn.sandbox.test";
const client = createKtnClient({ baseUrl: BASE_URL, apiKey: KTN_SANDBOX_API_KEY }, fetch);


async function balance(): Promise<Decimal> {
  const account = await client.getAccountDetails();
  return new Decimal(String(account.merchantApiProfileBalanceAccount.balance));
}

async function control(action: string, body?: unknown) {
  const res = await sandbox.control!(action, body);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const buy = (request: KtnPurchaseRequest, key = randomUUID()) => client.purchaseGiftCard(request, { idempotencyKey: key });
const card = (productId: number, unitPrice: number): KtnPurchaseRequest => ({ productId, unitPrice, senderName: "Acme Corp" });

beforeEach(() => {
  sandbox.reset();
  clockMs = START;
});

describe("KTN client against the sandbox: account and catalogue", () => {
  it("reads the account details", async () => {
    const account = await client.getAccountDetails();
    expect(account.active).toBe(true);
    expect(account.merchantApiProfileBalanceAccount).toMatchObject({ balance: 25000, chargeType: "CHARGE_ACCOUNT_BALANCE" });
  });

  it("reads the documented fee preference", async () => {
    expect(documentedFeePreference).toBeDefined();
    expect(await client.getActiveFeePreference()).toEqual(documentedFeePreference);
  });

  it("lists a catalogue of 40+ cards with the documented examples, FIXED and RANGE, over several countries", async () => {
    const cards = await client.listGiftCards();
    expect(cards.length).toBeGreaterThanOrEqual(40);
    const ids = cards.map((c) => c.productId);
    expect(ids).toEqual(expect.arrayContaining([1234, 18808, 20308]));
    expect(new Set(cards.map((c) => c.denominationType))).toEqual(new Set(["FIXED", "RANGE"]));
    expect(new Set(cards.map((c) => c.country?.isoName)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(cards.map((c) => c.recipientCurrencyCode)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(cards.map((c) => c.brand.brandId)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(cards.map((c) => c.category?.id)).size).toBeGreaterThanOrEqual(5);
    expect(cards.find((c) => c.productId === 18808)).toMatchObject({
      productName: "Rewarble VISA Global US",
      denominationType: "RANGE",
      minSenderDenomination: 5,
      maxSenderDenomination: 100,
      fixedSenderDenominations: null,
      brand: { brandId: 561, brandName: "Rewarble Visa" },
    });
  });
});

describe("KTN client against the sandbox: purchase and fulfilment", () => {
  it("buys the documented example card, charging unitPrice + tier fee to the balance", async () => {
    const order = await buy(documentedPurchase);
    expect(order).toMatchObject({
      productId: 1234,
      quantity: 1,
      unitPrice: 50,
      subTotal: 50,
      fee: 0.6,
      total: 50.6,
      email: "recipient@example.com",
      senderName: "Acme Corp",
      paymentStatus: "PENDING",
      giftCardStatus: "PENDING",
      chargeType: "CHARGE_ACCOUNT_BALANCE",
    });
    expect((await balance()).toString()).toBe("24949.4");
    expect(await client.getOrderById(order.id)).toMatchObject({ id: order.id, giftCardStatus: "PENDING" });
    expect((await client.listAllOrders()).map((o) => o.id)).toContain(order.id);
  });

  it("charges a foreign-currency card in dollars, as ktnChargedAmount and quoteKtnFee predict", async () => {
    const cards = await client.listGiftCards();
    const preference = await client.getActiveFeePreference();
    for (const [productId, unitPrice] of [
      [10002, 50],
      [10004, 2500],
      [10162, 2000],
    ] as const) {
      const product = cards.find((c) => c.productId === productId)!;
      const charged = ktnChargedAmount(product, unitPrice)!;
      const fee = quoteKtnFee(charged, preference)!.fee;
      const order = await buy(card(productId, unitPrice));
      expect(new Decimal(order.subTotal).eq(charged), `${productId} subTotal`).toBe(true);
      expect(new Decimal(order.fee).eq(fee), `${productId} fee`).toBe(true);
      expect(new Decimal(order.total).eq(charged.plus(fee)), `${productId} total`).toBe(true);
    }
  });

  it("fulfils on refresh, then serves deterministic credentials", async () => {
    const order = await buy(card(18808, 37.5));
    expect(await client.getCredentials(order.id)).toEqual([]);
    expect(await client.refreshOrder(order.id)).toEqual({ status: 200, message: "gift card order initiated!", data: "" });
    const fulfilled = await client.getOrderById(order.id);
    expect(fulfilled).toMatchObject({ paymentStatus: "SUCCESS", giftCardStatus: "SUCCESS" });
    expect(fulfilled.giftCardTransactionId).toMatch(/^\d+$/);
    const credentials = await client.getCredentials(order.id);
    expect(credentials).toHaveLength(1);
    expect(credentials[0].cardNumber).toMatch(/^[A-Z0-9]{16}$/);
    expect(credentials[0].pinCode).toMatch(/^\d{6}$/);
    expect(credentials[0].redemptionUrl).toBe("https://www.rewarble.com/redeem");
    expect(await client.getCredentials(order.id)).toEqual(credentials);
    expect((await balance()).toString()).toBe("24961.9");
  });

  it("fulfils by itself 3 s after creation", async () => {
    const order = await buy(card(1234, 25));
    clockMs = START + 2_999;
    expect((await client.getOrderById(order.id)).giftCardStatus).toBe("PENDING");
    clockMs = START + 3_000;
    expect((await client.getOrderById(order.id)).giftCardStatus).toBe("SUCCESS");
  });

  it("fails fulfilment of a failing product and gives the charge back", async () => {
    const before = await balance();
    const order = await buy(card(90001, 25));
    expect((await balance()).lt(before)).toBe(true);
    await client.refreshOrder(order.id);
    expect(await client.getOrderById(order.id)).toMatchObject({ paymentStatus: "FAILED", giftCardStatus: "FAILED" });
    expect((await balance()).eq(before)).toBe(true);
    expect(await providerRejection(client.getCredentials(order.id))).toMatchObject({ httpStatus: 400, outcome: "failed" });
  });

  it("does not touch the balance under CHARGE_CARD", async () => {
    expect((await control("set-account", { chargeType: "CHARGE_CARD" })).status).toBe(200);
    const order = await buy(card(1234, 100));
    expect(order.chargeType).toBe("CHARGE_CARD");
    await client.refreshOrder(order.id);
    expect((await balance()).toString()).toBe("25000");
    expect((await client.getAccountDetails()).merchantApiProfileBalanceAccount.chargeType).toBe("CHARGE_CARD");
  });
});

describe("KTN client against the sandbox: idempotency", () => {
  it("replays the same order for the same key and body, charging once", async () => {
    const key = randomUUID();
    const first = await buy(documentedPurchase, key);
    const again = await buy({ ...documentedPurchase }, key);
    expect(again.id).toBe(first.id);
    expect((await balance()).toString()).toBe("24949.4");
    const { body } = await control("orders");
    expect((body.orders as { idempotencyKey: string }[]).filter((o) => o.idempotencyKey === key)).toHaveLength(1);
  });

  it("refuses the same key with a different body (422) and creates nothing", async () => {
    const key = randomUUID();
    await buy(documentedPurchase, key);
    const count = (await client.listAllOrders()).length;
    const error = await providerRejection(buy({ ...documentedPurchase, unitPrice: 25 }, key));
    expect(error).toMatchObject({ httpStatus: 422, code: "HTTP_422", retryable: false, outcome: "failed" });
    expect(error.message).toMatch(/Idempotent-Key/);
    expect(await client.listAllOrders()).toHaveLength(count);
  });
});

describe("KTN client against the sandbox: errors", () => {
  it("maps a wrong API key to the documented 401", async () => {
    const wrong = createKtnClient({ baseUrl: BASE_URL, apiKey: "ktn_sandbox_key_wrong" }, fetch);
    const error = await providerRejection(wrong.getAccountDetails());
    expect(error).toMatchObject({
      provider: "ktn",
      endpoint: "getAccountDetails",
      httpStatus: 401,
      code: "HTTP_401",
      message: "Full authentication is required to access this resource",
      details: { errors: "InsufficientAuthenticationException" },
      retryable: false,
      outcome: "failed",
    });
  });

  it("refuses a unitPrice outside the denominations and an unknown product", async () => {
    const fixed = await providerRejection(buy(card(1234, 7)));
    expect(fixed).toMatchObject({ httpStatus: 400, code: "HTTP_400", outcome: "failed" });
    expect(String((fixed.details as { errors: string }).errors)).toMatch(/fixedRecipientDenominations/);
    expect(await providerRejection(buy(card(20308, 150.01)))).toMatchObject({ httpStatus: 400 });
    expect(await providerRejection(buy(card(999_999, 10)))).toMatchObject({ httpStatus: 404, code: "HTTP_404" });
    expect(await client.listAllOrders()).toHaveLength(1);
  });

  it("refuses a purchase above the balance and charges nothing", async () => {
    await control("set-account", { balance: "50.00" });
    const error = await providerRejection(buy(documentedPurchase));
    expect(error).toMatchObject({ httpStatus: 400, message: "insufficient account balance", outcome: "failed" });
    expect((await balance()).toString()).toBe("50");
    expect(await client.listAllOrders()).toHaveLength(1);
  });

  it("answers 404 for an unknown order on every order endpoint", async () => {
    for (const call of [
      client.getOrderById(424242),
      client.getCredentials(424242),
      client.refreshOrder(424242),
      client.refundOrder(424242),
      client.voidOrder(424242),
    ]) {
      expect(await providerRejection(call)).toMatchObject({ httpStatus: 404, code: "HTTP_404", outcome: "failed" });
    }
  });

  it("refuses before sending what the documented request rules out: no key, a bad body, a bad order id", async () => {
    const sent = vi.fn<FetchFn>(fetch);
    const guarded = createKtnClient({ baseUrl: BASE_URL, apiKey: KTN_SANDBOX_API_KEY }, sent);
    const refusals = [
      guarded.purchaseGiftCard(documentedPurchase, { idempotencyKey: " " }),
      guarded.purchaseGiftCard({ productId: 1234, unitPrice: 50 } as KtnPurchaseRequest, { idempotencyKey: randomUUID() }),
      guarded.purchaseGiftCard({ ...documentedPurchase, unitPrice: -1 }, { idempotencyKey: randomUUID() }),
      guarded.getOrderById(Number.NaN),
      guarded.refundOrder(1.5),
      guarded.voidOrder(0),
    ];
    for (const refused of refusals) {
      expect(await providerRejection(refused)).toMatchObject({ code: "INVALID_REQUEST", httpStatus: null, outcome: "failed", retryable: false });
    }
    expect(sent).not.toHaveBeenCalled();
  });

  it("treats a 200 carrying the error envelope as a failure", async () => {
    const lying: FetchFn = async () =>
      new Response(JSON.stringify({ status: "error", message: "profile inactive", errors: "x" }), { status: 200 });
    const error = await providerRejection(createKtnClient({ baseUrl: BASE_URL, apiKey: "k" }, lying).listGiftCards());
    expect(error).toMatchObject({ code: "KTN_ERROR", message: "profile inactive", httpStatus: 200 });
  });
});

describe("KTN client against the sandbox: void and refund", () => {
  it("voids a pending order, giving the charge back, and only once", async () => {
    const order = await buy(card(1234, 100));
    expect(await client.voidOrder(order.id)).toEqual({ status: 200, message: "voided successfully", data: "void" });
    expect(await client.getOrderById(order.id)).toMatchObject({ paymentStatus: "VOIDED", giftCardStatus: "VOIDED" });
    expect((await balance()).toString()).toBe("25000");
    expect(await providerRejection(client.voidOrder(order.id))).toMatchObject({ httpStatus: 400 });
    expect(await providerRejection(client.refundOrder(order.id))).toMatchObject({ httpStatus: 400 });
  });

  it("refuses to void a fulfilled order", async () => {
    const order = await buy(card(1234, 100));
    await client.refreshOrder(order.id);
    expect(await providerRejection(client.voidOrder(order.id))).toMatchObject({ httpStatus: 400 });
  });

  it("refunds a fulfilled order only after fulfilment, once, crediting the balance", async () => {
    const order = await buy(card(1234, 100));
    expect(await providerRejection(client.refundOrder(order.id))).toMatchObject({ httpStatus: 400 });
    await client.refreshOrder(order.id);
    expect(await client.refundOrder(order.id)).toEqual({ status: 200, message: "refunded successfully", data: "refunded" });
    expect(await client.getOrderById(order.id)).toMatchObject({ paymentStatus: "REFUNDED", giftCardStatus: "REFUNDED" });
    expect((await balance()).toString()).toBe("25000");
    expect(await providerRejection(client.refundOrder(order.id))).toMatchObject({ httpStatus: 400 });
    expect(await providerRejection(client.getCredentials(order.id))).toMatchObject({ httpStatus: 400 });
  });

  it("refuses to refund a non-refundable brand", async () => {
    const order = await buy(card(10050, 20));
    await client.refreshOrder(order.id);
    const error = await providerRejection(client.refundOrder(order.id));
    expect(error).toMatchObject({ httpStatus: 400 });
    expect(String((error.details as { errors: string }).errors)).toMatch(/Steam gift cards are non-refundable/);
    expect((await client.getOrderById(order.id)).paymentStatus).toBe("SUCCESS");
  });
});
