import { beforeEach, describe, expect, it } from "vitest";
import { ktnErrorSchema } from "../schemas";
import { documentedPurchaseRequest, ktnExample } from "../testing/examples";
import { createKtnSandbox, KTN_SANDBOX_API_KEY } from ".";

/*
 * The simulator checked against the documentation itself (raw HTTP, no client): messages, field
 * sets and envelopes must be the documented ones (the examples are the committed fixture).
 */

type Json = Record<string, unknown> & { status: unknown; message: string; data: unknown };
const documented = ktnExample<Json>;
const documentedPurchase = documentedPurchaseRequest();

let clockMs = Date.parse("2026-05-01T10:00:00.000Z");
let sandbox = createKtnSandbox({ now: () => new Date(clockMs) });

async function call(
  method: "GET" | "POST",
  path: string,
  options: { body?: string | object; key?: string; authorization?: string | null } = {},
): Promise<{ status: number; json: Json }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const authorization = options.authorization === undefined ? `Bearer ${KTN_SANDBOX_API_KEY}` : options.authorization;
  if (authorization !== null) headers.authorization = authorization;
  if (options.key) headers["Idempotent-Key"] = options.key;
  const body = typeof options.body === "object" ? JSON.stringify(options.body) : options.body;
  const res = await sandbox.handle(new Request(`http://ktn.sandbox.test/api/v1/merchant${path}`, { method, headers, body }));
  return { status: res.status, json: (await res.json()) as Json };
}

let keys = 0;
const purchase = (body: object = documentedPurchase, key = `key-${++keys}`) =>
  call("POST", "/giftCard/purchaseGiftCard", { body, key });

async function controlJson(action: string, body?: unknown) {
  const res = await sandbox.control!(action, body);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeEach(() => {
  clockMs = Date.parse("2026-05-01T10:00:00.000Z");
  sandbox = createKtnSandbox({ now: () => new Date(clockMs) });
});

describe("KTN sandbox answers as documented", () => {
  it("getAccountDetails: documented message and fields", async () => {
    const { status, json } = await call("GET", "/getAccountDetails");
    const doc = documented("Get Account Details");
    expect(status).toBe(200);
    expect(json.message).toBe(doc.message);
    const data = json.data as Record<string, object>;
    const docData = doc.data as Record<string, object>;
    expect(Object.keys(data)).toEqual(Object.keys(docData));
    expect(Object.keys(data.merchantApiProfileBalanceAccount)).toEqual(Object.keys(docData.merchantApiProfileBalanceAccount));
  });

  it("getActiveFeePreference: the documented example verbatim", async () => {
    expect((await call("GET", "/giftCard/getActiveFeePreference")).json).toEqual(documented("Get Active Fee Preference"));
  });

  it("listGiftCards: every field of the table, the Quick Start card as documented", async () => {
    const { json } = await call("GET", "/giftCard/listGiftCards");
    const doc = documented("Quick Start Guide");
    expect(json.message).toBe(doc.message);
    const cards = json.data as Record<string, unknown>[];
    const required = ["productId", "productName", "denominationType", "recipientCurrencyCode", "senderFee", "senderFeePercentage"];
    required.push("discountPercentage", "logoUrls", "brand", "category", "country", "redeemInstruction");
    for (const card of cards) {
      for (const field of required) expect(card[field], `${card.productId}.${field}`).not.toBeUndefined();
      const fixed = card.denominationType === "FIXED";
      expect(Array.isArray(card.fixedRecipientDenominations)).toBe(fixed);
      expect(typeof card.minRecipientDenomination === "number").toBe(!fixed);
    }
    const docCard = (doc.data as Record<string, unknown>[])[0];
    expect(cards.find((c) => c.productId === docCard.productId)).toMatchObject(docCard);
  });

  it("purchaseGiftCard: the documented request gives the documented response fields", async () => {
    const { status, json } = await purchase();
    const doc = documented("Purchase Gift Card");
    expect(status).toBe(200);
    expect(json.message).toBe(doc.message);
    expect(Object.keys(json.data as object)).toEqual(Object.keys(doc.data as object));
    expect(json.data).toMatchObject({ paymentStatus: "PENDING", giftCardStatus: "PENDING", merchantApiProfileId: null, version: 0 });
    expect((json.data as { createdAt: string }).createdAt).toBe("2026-05-01T10:00:00.000+00:00");
  });

  it("listAllGiftCardOrders and getGiftCardOrderById: the documented fields; order 65 is the documented one", async () => {
    const list = await call("GET", "/giftCard/listAllGiftCardOrders");
    const docList = documented("List All Orders");
    expect(list.json.message).toBe(docList.message);
    const docOrder = (docList.data as object[])[0];
    expect(list.json.data).toEqual([{ ...docOrder, email: "recipient@example.com" }]);

    const byId = await call("GET", "/giftCard/getGiftCardOrderById?orderId=65");
    expect(byId.json).toEqual({ ...documented("Get Order By ID"), data: { ...(documented("Get Order By ID").data as object), email: "recipient@example.com" } });
  });

  it("getGiftCardCredentials, refreshOrder, refundOrderPayment, voidOrderPayment: the documented envelopes", async () => {
    expect((await call("GET", "/giftCard/getGiftCardCredentials?orderId=65")).json).toEqual(documented("Get Gift Card Credentials"));
    expect((await call("POST", "/giftCard/refreshOrder?orderId=65")).json).toEqual(documented("Refresh Order"));
    expect((await call("POST", "/giftCard/refundOrderPayment?orderId=65")).json).toEqual(documented("Refund Order Payment"));
    const order = (await purchase()).json.data as { id: number };
    expect((await call("POST", `/giftCard/voidOrderPayment?orderId=${order.id}`)).json).toEqual(documented("Void Order Payment"));
  });

  it("refuses a missing or wrong key with the documented 401, whatever the path", async () => {
    const doc = documented("Error Response Format", 0);
    for (const authorization of [null, "Bearer wrong", `Basic ${KTN_SANDBOX_API_KEY}`, `Bearer ${KTN_SANDBOX_API_KEY}x`]) {
      const { status, json } = await call("GET", "/getAccountDetails", { authorization });
      expect(status).toBe(401);
      expect(json).toEqual(doc);
    }
    expect((await call("GET", "/nowhere", { authorization: null })).status).toBe(401);
    expect((await call("GET", "/getAccountDetails", { authorization: `bearer ${KTN_SANDBOX_API_KEY}` })).status).toBe(200);
  });

  it("answers unknown paths, wrong methods and bad orderIds with the error envelope", async () => {
    const cases = [
      [await call("GET", "/giftCard/nothingHere"), 404],
      [await call("GET", "/giftCard/purchaseGiftCard"), 405],
      [await call("POST", "/giftCard/refreshOrder"), 400],
      [await call("GET", "/giftCard/getGiftCardOrderById?orderId=abc"), 400],
      [await call("GET", "/giftCard/getGiftCardOrderById?orderId=999"), 404],
    ] as const;
    for (const [res, status] of cases) {
      expect(res.status).toBe(status);
      expect(ktnErrorSchema.parse(res.json).status).toBe("error");
    }
  });
});

describe("KTN sandbox routing", () => {
  it("serves the documented paths exactly: another case or a trailing slash is Spring's 404", async () => {
    for (const path of ["/getaccountdetails", "/getAccountDetails/", "/GiftCard/listGiftCards"]) {
      const { status, json } = await call("GET", path);
      expect(status).toBe(404);
      expect(json).toMatchObject({ status: "error", errors: "NoHandlerFoundException" });
    }
  });

  it("answers a wrong method 405 with the methods the path allows", async () => {
    const res = await sandbox.handle(
      new Request("http://ktn.sandbox.test/api/v1/merchant/giftCard/listGiftCards", {
        method: "DELETE",
        headers: { authorization: `Bearer ${KTN_SANDBOX_API_KEY}` },
      }),
    );
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(await res.json()).toEqual({
      status: "error",
      message: "Request method 'DELETE' is not supported",
      errors: "HttpRequestMethodNotSupportedException",
    });
  });
});

describe("KTN sandbox purchase rules", () => {
  it("requires the Idempotent-Key header", async () => {
    const { status, json } = await call("POST", "/giftCard/purchaseGiftCard", { body: documentedPurchase });
    expect(status).toBe(400);
    expect(json.message).toBe("Idempotent-Key header is required");
  });

  it.each([
    ["malformed JSON", "{not json"],
    ["no senderName", { productId: 1234, unitPrice: 50 }],
    ["blank senderName", { productId: 1234, unitPrice: 50, senderName: " " }],
    ["a string unitPrice", { productId: 1234, unitPrice: "50", senderName: "A" }],
    ["three decimals", { productId: 18808, unitPrice: 10.005, senderName: "A" }],
    ["a bad email", { productId: 1234, unitPrice: 50, senderName: "A", email: "nope" }],
    ["quantity 2", { productId: 1234, unitPrice: 50, senderName: "A", quantity: 2 }],
    ["a RANGE price below the minimum", { productId: 18808, unitPrice: 4.99, senderName: "A" }],
  ])("refuses %s with 400, creating nothing and keeping the key usable", async (_name, body) => {
    const refused = await call("POST", "/giftCard/purchaseGiftCard", { body, key: "k-1" });
    expect(refused.status).toBe(400);
    expect(refused.json.status).toBe("error");
    expect((await call("GET", "/giftCard/listAllGiftCardOrders")).json.data).toHaveLength(1);
    expect((await purchase(documentedPurchase, "k-1")).status).toBe(200);
  });

  it("accepts quantity 1, a missing email, and 50.00 as 50 on replay", async () => {
    const first = await purchase({ productId: 1234, unitPrice: 50, senderName: "A", quantity: 1 }, "k-q");
    expect(first.status).toBe(200);
    expect((first.json.data as { email: unknown }).email).toBeNull();
    const replay = await call("POST", "/giftCard/purchaseGiftCard", {
      body: '{"productId":1234,"unitPrice":50.00,"senderName":"A","email":null}',
      key: "k-q",
    });
    expect((replay.json.data as { id: number }).id).toBe((first.json.data as { id: number }).id);
  });

  it("answers 422 to a reused key with another body", async () => {
    await purchase(documentedPurchase, "k-r");
    const reused = await purchase({ ...documentedPurchase, senderName: "Someone else" }, "k-r");
    expect(reused.status).toBe(422);
    expect(ktnErrorSchema.parse(reused.json).status).toBe("error");
  });
});

describe("KTN sandbox fulfilment, control and reset", () => {
  it("fulfils after the configured delay: 0 means on the next request", async () => {
    sandbox = createKtnSandbox({ fulfilmentDelayMs: 0, now: () => new Date(clockMs) });
    const created = (await purchase()).json.data as { id: number; giftCardStatus: string };
    expect(created.giftCardStatus).toBe("PENDING");
    const later = await call("GET", `/giftCard/getGiftCardOrderById?orderId=${created.id}`);
    expect(later.json.data).toMatchObject({ giftCardStatus: "SUCCESS", paymentStatus: "SUCCESS", version: 2 });
  });

  it("never fulfils by itself with an infinite delay; the fulfil control action does", async () => {
    sandbox = createKtnSandbox({ fulfilmentDelayMs: Infinity, now: () => new Date(clockMs) });
    const { id } = (await purchase()).json.data as { id: number };
    clockMs += 365 * 24 * 3600 * 1000;
    expect((await call("GET", `/giftCard/getGiftCardOrderById?orderId=${id}`)).json.data).toMatchObject({ giftCardStatus: "PENDING" });
    const fulfilled = await controlJson("fulfil", { orderId: id });
    expect(fulfilled.status).toBe(200);
    expect(fulfilled.json.order).toMatchObject({ id, giftCardStatus: "SUCCESS" });
    expect((await controlJson("fulfil", { orderId: id })).status).toBe(409);
    expect((await controlJson("fulfil", { orderId: 4242 })).status).toBe(404);
    expect((await controlJson("fulfil", {})).status).toBe(400);
  });

  it("set-account changes balance and charge type; refuses a negative balance", async () => {
    const set = await controlJson("set-account", { balance: 12.5, chargeType: "CHARGE_CARD" });
    expect(set.json.account).toMatchObject({ merchantApiProfileBalanceAccount: { balance: 12.5, chargeType: "CHARGE_CARD" } });
    expect((await controlJson("set-account", { balance: -1 })).status).toBe(400);
    expect((await controlJson("set-account", { chargeType: "CASH" })).status).toBe(400);
  });

  it("set-fee-preference changes what getActiveFeePreference answers and what a purchase is charged", async () => {
    const fixed = { feeFor1To99: 1.25, feeFor100To250: 1.25, feeFor251To500: 1.25, feeFor501To750: 1.25, feeFor751To999: 1.25 };
    const set = await controlJson("set-fee-preference", fixed);
    expect(set.status).toBe(200);

    const active = (await call("GET", "/giftCard/getActiveFeePreference")).json.data;
    expect(active).toMatchObject({ ...fixed, feePercentageFor1000To5000: 2, version: 1, updatedAt: "2026-05-01T10:00:00.000+00:00" });
    const order = (await purchase()).json.data as { fee: number; subTotal: number; total: number };
    expect(order.fee).toBe(1.25);
    expect(order.total).toBeCloseTo(order.subTotal + 1.25, 2);
    expect((await controlJson("set-fee-preference", { feeFor1To99: -1 })).status).toBe(400);
    expect((await controlJson("set-fee-preference", { senderFee: 1 })).status).toBe(400);
  });

  it("restores a snapshot saved before the fee preference was state with the documented one", async () => {
    await controlJson("set-fee-preference", { feeFor1To99: 3 });
    const older = sandbox.snapshot() as Record<string, unknown>;
    delete older.feePreference;

    sandbox.restore(older as Parameters<typeof sandbox.restore>[0]);

    expect((await call("GET", "/giftCard/getActiveFeePreference")).json).toEqual(documented("Get Active Fee Preference"));
  });

  it("lists orders with their idempotency keys and refuses unknown actions", async () => {
    await purchase(documentedPurchase, "k-list");
    const { json } = await controlJson("orders");
    expect((json.orders as { idempotencyKey: string | null }[]).map((o) => o.idempotencyKey).sort()).toEqual(["k-list", null]);
    expect((await controlJson("explode")).status).toBe(404);
  });

  it("reset restores the seed but never reuses an order id; codes are deterministic per order", async () => {
    const first = (await purchase(documentedPurchase, "k-a")).json.data as { id: number };
    await call("POST", `/giftCard/refreshOrder?orderId=${first.id}`);
    const codes = (await call("GET", `/giftCard/getGiftCardCredentials?orderId=${first.id}`)).json.data;
    expect((await call("GET", `/giftCard/getGiftCardCredentials?orderId=${first.id}`)).json.data).toEqual(codes);
    await controlJson("set-account", { balance: 1, chargeType: "CHARGE_CARD" });

    sandbox.reset();
    const account = (await call("GET", "/getAccountDetails")).json.data;
    expect(account).toMatchObject({ merchantApiProfileBalanceAccount: { balance: 25000, chargeType: "CHARGE_ACCOUNT_BALANCE" } });
    expect((await call("GET", "/giftCard/listAllGiftCardOrders")).json.data).toHaveLength(1);

    const again = (await purchase(documentedPurchase, "k-a")).json.data as { id: number };
    expect(again.id).toBe(first.id + 1);
    const other = (await purchase(documentedPurchase, "k-b")).json.data as { id: number };
    await call("POST", `/giftCard/refreshOrder?orderId=${other.id}`);
    expect((await call("GET", `/giftCard/getGiftCardCredentials?orderId=${other.id}`)).json.data).not.toEqual(codes);
  });
});
