import { describe, expect, it } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { rejection } from "@/lib/testing/rejection";
import { ktnControl, OPERATOR, setUpKtnOperations } from "../testing/operations-harness";
import { purchaseGiftCard } from "./purchase";
import { catalogueView, countOrdersByStatus, findOrder, listOrders, orderFigures, ordersCsv } from "./queries";
import { syncOrder } from "./sync";

setUpKtnOperations();

const buy = (senderName: string, unitPrice = "10") => purchaseGiftCard({ productId: 18808, unitPrice, senderName }, OPERATOR);

async function csvOf(query: Parameters<typeof ordersCsv>[0]): Promise<string[]> {
  let text = "";
  for await (const chunk of ordersCsv(query)) text += chunk;
  return text.trimEnd().split("\r\n");
}

describe("KTN page queries", () => {
  it("counts the orders for the overview and the filter chips", async () => {
    expect(await orderFigures()).toEqual({ total: 0, fulfilled: 0, waitingOnKtn: 0, unknown: 0 });
    await buy("Processing Co");
    const fulfilled = await buy("Fulfilled Co");
    await ktnControl("fulfil", { orderId: Number(fulfilled.providerOrderId) });
    await syncOrder({ orderId: fulfilled.id }, OPERATOR);
    addFault("ktn", { fault: { kind: "lost-response" }, method: "POST", pathIncludes: "purchaseGiftCard", count: 1 });
    await buy("Unknown Co");
    await ktnControl("set-account", { balance: "1.00" });
    await rejection(buy("Failed Co"));

    expect(await countOrdersByStatus()).toEqual({ PROCESSING: 1, FULFILLED: 1, UNKNOWN: 1, FAILED: 1 });
    expect(await orderFigures()).toEqual({ total: 4, fulfilled: 1, waitingOnKtn: 1, unknown: 1 });
  });

  it("lists orders newest first, by page, filtered by status or text, and exports the same as CSV", async () => {
    const orders = [];
    for (const name of ["Alpha", "Bravo", "Charlie"]) orders.push(await buy(name));

    const first = await listOrders({ take: 2 });
    expect(first.orders.map((o) => o.senderName)).toEqual(["Charlie", "Bravo"]);
    const second = await listOrders({ take: 2, cursor: first.nextCursor! });
    expect(second).toMatchObject({ orders: [{ senderName: "Alpha" }], nextCursor: null });
    expect((await listOrders({ q: "brav" })).orders.map((o) => o.senderName)).toEqual(["Bravo"]);
    expect((await listOrders({ q: orders[0].providerOrderId! })).orders.map((o) => o.id)).toEqual([orders[0].id]);
    expect((await listOrders({ status: "FULFILLED" })).orders).toEqual([]);

    const csv = await csvOf({ q: "Alpha" });
    expect(csv[0]).toBe("id,createdAt,status,providerOrderId,productId,productName,brandName,countryIsoName,currencyCode,unitPrice,feeAmount,totalAmount,senderName,createdByEmail,idempotencyKey");
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(`${orders[0].id},`);
    expect(csv[1]).toContain(",PROCESSING,");
    expect(csv[1]).toContain(",10,0.6,10.6,Alpha,op@example.com,");
  });

  it("exports a sender name that looks like a spreadsheet formula as text", async () => {
    await buy("=HYPERLINK(\"http://evil.invalid\")");
    const [, row] = await csvOf({});
    expect(row).toContain(`"'=HYPERLINK(""http://evil.invalid"")"`);
  });

  it("finds one order by id, and nothing for an unknown id", async () => {
    const order = await buy("Alpha");
    expect(await findOrder(order.id)).toMatchObject({ id: order.id, senderName: "Alpha" });
    expect(await findOrder("no-such-order")).toBeNull();
  });

  it("reads the catalogue page's cards, fee tiers and account together", async () => {
    const view = await catalogueView();
    expect(view.cards.length).toBeGreaterThanOrEqual(40);
    expect(view.preference.feeFor1To99).toBe(0.6);
    expect(view.account.merchantApiProfileBalanceAccount.balance).toBe(25000);
  });
});
