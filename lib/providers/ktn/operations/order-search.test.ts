import { beforeEach, describe, expect, it } from "vitest";
import { testingOnPostgres } from "@/lib/testing/db";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { searchOrderIds } from "./order-search";
import { listOrders } from "./queries";

const test = setUpTestDatabase();

/** Stores an order directly (no KTN call): `n` orders the list, newest = highest. */
async function order(n: number, fields: { productName?: string; brandName?: string | null; senderName?: string; providerOrderId?: string; status?: string } = {}) {
  return test.db.giftCardOrder.create({
    data: {
      id: `order-${String(n).padStart(3, "0")}`,
      idempotencyKey: `key-${n}`,
      productId: 18808,
      productName: fields.productName ?? "Rewarble VISA",
      brandName: fields.brandName === undefined ? "Rewarble" : fields.brandName,
      currencyCode: "USD",
      unitPrice: "25",
      quantity: 1,
      senderName: fields.senderName ?? "Acme Corp",
      feeAmount: "0.6",
      totalAmount: "25.6",
      status: fields.status ?? "PROCESSING",
      providerOrderId: fields.providerOrderId ?? String(1000 + n),
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)),
    },
  });
}

const senders = async (query: Parameters<typeof listOrders>[0]) => (await listOrders(query)).orders.map((o) => o.senderName);

describe("the orders text search", () => {
  beforeEach(async () => {
    await test.db.giftCardOrder.deleteMany();
  });

  it("finds a part of the product, brand or sender name in any case, or the whole KTN order id, newest first", async () => {
    await order(1, { senderName: "Bravo Ltd" });
    await order(2, { productName: "Amazon.com US", brandName: "Amazon", senderName: "Charlie" });
    await order(3, { senderName: "Delta", brandName: null, providerOrderId: "774411" });
    await order(4, { senderName: "bravo two" });

    expect(await senders({ q: "BRAV" })).toEqual(["bravo two", "Bravo Ltd"]);
    expect(await senders({ q: "zon.c" })).toEqual(["Charlie"]);
    expect(await senders({ q: "mazo" })).toEqual(["Charlie"]);
    expect(await senders({ q: "774411" })).toEqual(["Delta"]);
    expect(await senders({ q: "77441" })).toEqual([]);
    expect(await senders({ q: "rewarble", status: "PROCESSING" })).toEqual(["bravo two", "Delta", "Bravo Ltd"]);
    expect(await senders({ q: "rewarble", status: "FAILED" })).toEqual([]);
  });

  it("pages through the matches by cursor, as the unfiltered list does", async () => {
    for (let n = 1; n <= 5; n++) await order(n, { senderName: `Sender ${n}` });
    await order(6, { senderName: "Unrelated", productName: "Steam", brandName: "Valve" });

    const first = await listOrders({ q: "sender", take: 2 });
    expect(first.orders.map((o) => o.senderName)).toEqual(["Sender 5", "Sender 4"]);
    const second = await listOrders({ q: "sender", take: 2, cursor: first.nextCursor! });
    expect(second.orders.map((o) => o.senderName)).toEqual(["Sender 3", "Sender 2"]);
    const last = await listOrders({ q: "sender", take: 2, cursor: second.nextCursor! });
    expect(last).toMatchObject({ orders: [{ senderName: "Sender 1" }], nextCursor: null });
  });

  it("takes a quote or FTS5 syntax in the text as text", async () => {
    await order(1, { senderName: 'The "Best" Shop' });
    await order(2, { senderName: "NEAR OR AND" });

    expect(await senders({ q: '"Best"' })).toEqual(['The "Best" Shop']);
    expect(await senders({ q: "R OR A" })).toEqual(["NEAR OR AND"]);
    expect(await senders({ q: "OR *" })).toEqual([]);
  });

  it("keeps the index in step with the orders: a renamed sender is found by the new name only, a deleted order not at all", async () => {
    await order(1, { senderName: "Old Name" });
    await order(2, { senderName: "Gone Soon" });

    await test.db.giftCardOrder.update({ where: { id: "order-001" }, data: { senderName: "New Name" } });
    await test.db.giftCardOrder.delete({ where: { id: "order-002" } });

    expect(await senders({ q: "new name" })).toEqual(["New Name"]);
    expect(await senders({ q: "old name" })).toEqual([]);
    expect(await senders({ q: "gone" })).toEqual([]);
  });

  it("finds a text shorter than three characters too", async () => {
    await order(1, { senderName: "Xy Corp", providerOrderId: "42" });
    await order(2, { senderName: "Other" });

    expect(await senders({ q: "xy" })).toEqual(["Xy Corp"]);
    expect(await senders({ q: "42" })).toEqual(["Xy Corp"]);
  });
});

describe.skipIf(testingOnPostgres())("the orders text search on SQLite, through the trigram table", () => {
  beforeEach(async () => {
    await test.db.giftCardOrder.deleteMany();
  });

  it("answers from the index for three characters or more, keeping it in step with inserts, updates and deletes", async () => {
    await order(1, { senderName: "Bravo Ltd" });
    await order(2, { senderName: "Gone Soon" });
    await order(3, { senderName: "bravo two" });
    await test.db.giftCardOrder.update({ where: { id: "order-001" }, data: { senderName: "Bravo Renamed" } });
    await test.db.giftCardOrder.delete({ where: { id: "order-002" } });

    expect(await searchOrderIds({ q: "BRAV", take: 10 })).toEqual(["order-003", "order-001"]);
    expect(await searchOrderIds({ q: "xy", take: 10 })).toBeNull();
    expect(await test.db.$queryRaw`SELECT "orderId", "senderName" FROM "GiftCardOrderSearch" ORDER BY "orderId"`).toEqual([
      { orderId: "order-001", senderName: "Bravo Renamed" },
      { orderId: "order-003", senderName: "bravo two" },
    ]);
  });

  it("leaves a common text (a thousand names or more) to the list's scan in its own order, with the same answer", async () => {
    await test.db.giftCardOrder.createMany({
      data: Array.from({ length: 1_000 }, (_, i) => ({
        id: `bulk-${String(i).padStart(4, "0")}`,
        idempotencyKey: `bulk-key-${i}`,
        productId: 18808,
        productName: "Common Card",
        currencyCode: "USD",
        unitPrice: "25",
        quantity: 1,
        senderName: `Bulk ${i}`,
        feeAmount: "0.6",
        totalAmount: "25.6",
        status: "PROCESSING",
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      })),
    });

    expect(await searchOrderIds({ q: "common", take: 3 })).toBeNull();
    expect(await searchOrderIds({ q: "bulk 99", take: 3 })).toEqual(["bulk-0999", "bulk-0998", "bulk-0997"]);
    expect(await senders({ q: "common", take: 2 })).toEqual(["Bulk 999", "Bulk 998"]);
  });
});
