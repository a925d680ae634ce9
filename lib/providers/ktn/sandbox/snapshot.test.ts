import { describe, expect, it } from "vitest";
import type { Sandbox } from "@/lib/sandbox/types";
import { documentedPurchaseRequest } from "../testing/examples";
import { createKtnSandbox, KTN_SANDBOX_API_KEY } from ".";

/* The KTN simulator's state survives a restart (snapshot → JSON → restore) and never reuses an order id. */

const NOW = new Date("2026-05-01T10:00:00.000Z");
const fresh = () => createKtnSandbox({ now: () => NOW, fulfilmentDelayMs: Infinity });

async function call(sandbox: Sandbox, method: "GET" | "POST", path: string, key?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${KTN_SANDBOX_API_KEY}` };
  if (key) headers["Idempotent-Key"] = key;
  const body = method === "POST" && key ? JSON.stringify(documentedPurchaseRequest()) : undefined;
  const res = await sandbox.handle(new Request(`http://ktn.sandbox.test/api/v1/merchant${path}`, { method, headers, body }));
  return { status: res.status, json: (await res.json()) as { data: { id: number; paymentStatus: string } } };
}
const purchase = async (sandbox: Sandbox, key: string) => (await call(sandbox, "POST", "/giftCard/purchaseGiftCard", key)).json.data.id;
const reads = async (sandbox: Sandbox, ids: number[]) => [
  await call(sandbox, "GET", "/getAccountDetails"),
  await call(sandbox, "GET", "/giftCard/listAllGiftCardOrders"),
  ...(await Promise.all(ids.map((id) => call(sandbox, "GET", `/giftCard/getGiftCardOrderById?orderId=${id}`)))),
];
/** As the mount saves it: through a JSON file. */
const restarted = (from: Sandbox) => {
  const sandbox = fresh();
  sandbox.restore(JSON.parse(JSON.stringify(from.snapshot())));
  return sandbox;
};

describe("KTN sandbox snapshot and restore", () => {
  it("answers the same reads after a restart, replays a key with its order, and hands out a new id", async () => {
    const before = fresh();
    const first = await purchase(before, "key-1");
    const second = await purchase(before, "key-2");
    await call(before, "POST", `/giftCard/refreshOrder?orderId=${first}`);
    await call(before, "POST", `/giftCard/refundOrderPayment?orderId=${first}`);

    const after = restarted(before);

    expect(await reads(after, [first, second])).toEqual(await reads(before, [first, second]));
    expect(await purchase(after, "key-2")).toBe(second);
    const next = await purchase(after, "key-3");
    expect([65, first, second]).not.toContain(next);
  });

  it("a reset empties the orders but never hands out an earlier order id again", async () => {
    const sandbox = fresh();
    const earlier = [await purchase(sandbox, "key-1"), await purchase(sandbox, "key-2")];

    sandbox.reset();
    const afterReset = restarted(sandbox);

    expect((await call(afterReset, "GET", `/giftCard/getGiftCardOrderById?orderId=${earlier[0]}`)).status).toBe(404);
    const next = await purchase(afterReset, "key-1");
    expect([65, ...earlier]).not.toContain(next);
  });
});
