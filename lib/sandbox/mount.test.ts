import { afterEach, describe, expect, it } from "vitest";
import { addFault, clearFaults } from "./faults";
import { dispatchToSandbox, resetSandbox, sandboxFor } from "./mount";
import { sandboxFetch } from "./sandbox-fetch";

const KTN = "http://localhost:3000/sandbox/ktn/api/v1/merchant/giftCard";
const purchase = (key: string, signal: AbortSignal) =>
  sandboxFetch(`${KTN}/purchaseGiftCard`, {
    method: "POST",
    headers: { authorization: "Bearer ktn_sandbox_key", "content-type": "application/json", "Idempotent-Key": key },
    body: JSON.stringify({ productId: 18808, unitPrice: 40, senderName: "Acme Corp" }),
    signal,
  });
const ordersFor = async (key: string) =>
  ((await (await sandboxFor("ktn")!.control!("orders", {})).json()) as { orders: { idempotencyKey: string | null }[] }).orders.filter((o) => o.idempotencyKey === key);

afterEach(() => clearFaults());

describe("a simulator given a whole request", () => {
  it("applies it although the caller gave up waiting (as a provider does: the answer is lost, not the change)", async () => {
    resetSandbox("ktn");
    addFault("ktn", { fault: { kind: "latency", ms: 150 }, pathIncludes: "purchaseGiftCard", count: 1 });
    await expect(purchase("gave-up", AbortSignal.timeout(30))).rejects.toThrow();
    expect(await ordersFor("gave-up")).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ordersFor("gave-up")).toHaveLength(1);
  });

  it("over HTTP too, where the server errors the request's body stream once the caller disconnects", async () => {
    resetSandbox("ktn");
    addFault("ktn", { fault: { kind: "latency", ms: 100 }, pathIncludes: "purchaseGiftCard", count: 1 });
    const caller = new AbortController();
    const bytes = new TextEncoder().encode(JSON.stringify({ productId: 18808, unitPrice: 40, senderName: "Acme Corp" }));
    // As Next's server hands a route the body: pulled from the socket on demand, errored when the client goes away.
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        caller.signal.addEventListener("abort", () => stream.error(new Error("client disconnected")));
      },
      pull(stream) {
        stream.enqueue(bytes);
        stream.close();
      },
    }, { highWaterMark: 0 });
    const request = new Request(`${KTN}/purchaseGiftCard`, {
      method: "POST",
      headers: { authorization: "Bearer ktn_sandbox_key", "content-type": "application/json", "Idempotent-Key": "disconnected" },
      body,
      duplex: "half",
      signal: caller.signal,
    } as RequestInit);
    const answered = dispatchToSandbox(request);
    // The client goes away while KTN is still working on it (the added latency).
    setTimeout(() => caller.abort(), 20);
    expect((await answered)!.status).toBe(200);
    expect(await ordersFor("disconnected")).toHaveLength(1);
  });

  it("ends an injected hang when the caller gives up, and applies nothing for a timeout", async () => {
    resetSandbox("ktn");
    addFault("ktn", { fault: { kind: "timeout" }, pathIncludes: "purchaseGiftCard", count: 1 });
    await expect(purchase("hung", AbortSignal.timeout(50))).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await ordersFor("hung")).toHaveLength(0);
  });
});
