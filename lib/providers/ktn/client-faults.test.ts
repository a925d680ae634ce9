import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { appOrigin } from "@/lib/app-origin";
import { providerClient, providerConfig } from "@/lib/providers/registry";
import { addFault, clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { sandboxFetch } from "@/lib/sandbox/sandbox-fetch";
import { createKtnClient } from "./client";
import { KTN_SANDBOX_API_KEY } from "./sandbox";
import type { KtnPurchaseRequest } from "./schemas";
import { providerRejection } from "@/lib/testing/rejection";

/*
 * The client through the mounted sandbox (`/sandbox/ktn/…` served in-process by sandboxFetch),
 * where the injected faults of lib/sandbox/faults.ts apply.
 */

/** Where the registry points the sandbox client: this console's own origin (tests run with the default one). */
const BASE_URL = `${appOrigin()}/sandbox/ktn`;
const TIMEOUT_MS = 300;
const client = createKtnClient({ baseUrl: BASE_URL, apiKey: KTN_SANDBOX_API_KEY, timeoutMs: TIMEOUT_MS }, sandboxFetch);
const request: KtnPurchaseRequest = { productId: 1234, unitPrice: 50, senderName: "Acme Corp" };


async function ordersForKey(key: string): Promise<unknown[]> {
  const res = await sandboxFor("ktn")!.control!("orders", {});
  const { orders } = (await res.json()) as { orders: { idempotencyKey: string | null }[] };
  return orders.filter((o) => o.idempotencyKey === key);
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

const purchaseFault = { method: "POST", pathIncludes: "purchaseGiftCard" };
const accountFault = { method: "GET", pathIncludes: "getAccountDetails" };

beforeEach(() => {
  clearFaults("ktn");
  resetSandbox("ktn");
});

describe("KTN client through the mounted sandbox", () => {
  it("is what the registry hands out in sandbox mode, with the sandbox key provider.ts names", async () => {
    const config = providerConfig("ktn");
    expect(config).toMatchObject({ mode: "sandbox", baseUrl: BASE_URL, credentials: { apiKey: KTN_SANDBOX_API_KEY } });
    const registryClient = providerClient("ktn");
    expect((await registryClient.listGiftCards()).length).toBeGreaterThanOrEqual(40);
  });

  it("answers through the mount with a wrong key refused", async () => {
    const wrong = createKtnClient({ baseUrl: BASE_URL, apiKey: "nope" }, sandboxFetch);
    expect(await providerRejection(wrong.listAllOrders())).toMatchObject({ httpStatus: 401, code: "HTTP_401" });
  });
});

describe("KTN client under injected faults", () => {
  it("latency: still answers when slower than usual, times out past timeoutMs", async () => {
    addFault("ktn", { fault: { kind: "latency", ms: 150 }, ...accountFault, count: 1 });
    const { result, ms } = await timed(() => client.getAccountDetails());
    expect(result.merchantApiProfileBalanceAccount.balance).toBe(25000);
    expect(ms).toBeGreaterThanOrEqual(140);

    clearFaults("ktn");
    addFault("ktn", { fault: { kind: "latency", ms: 1_000 }, ...accountFault, count: 1 });
    expect(await providerRejection(client.getAccountDetails())).toMatchObject({ code: "TIMEOUT", outcome: "failed", retryable: true });
  });

  it("500 on a read: retried, then answered", async () => {
    addFault("ktn", { fault: { kind: "status", status: 500 }, ...accountFault, count: 1 });
    expect((await client.getAccountDetails()).active).toBe(true);
  });

  it("500 on every attempt of a read: retryable failure", async () => {
    addFault("ktn", { fault: { kind: "status", status: 500 }, ...accountFault, count: 3 });
    expect(await providerRejection(client.getAccountDetails())).toMatchObject({ httpStatus: 500, code: "HTTP_500", retryable: true, outcome: "failed" });
  });

  it("500 on a purchase: retryable, outcome unknown, not retried by the client", async () => {
    const key = randomUUID();
    addFault("ktn", { fault: { kind: "status", status: 502 }, ...purchaseFault, count: 1 });
    const error = await providerRejection(client.purchaseGiftCard(request, { idempotencyKey: key }));
    expect(error).toMatchObject({ httpStatus: 502, retryable: true, outcome: "unknown", endpoint: "purchaseGiftCard" });
    expect(await ordersForKey(key)).toHaveLength(0);
    // The operation layer settles it by resending under the same key.
    const order = await client.purchaseGiftCard(request, { idempotencyKey: key });
    expect(await ordersForKey(key)).toHaveLength(1);
    expect(order.productId).toBe(1234);
  });

  it("429 on a read: waits Retry-After, then answers", async () => {
    addFault("ktn", { fault: { kind: "status", status: 429, retryAfterSeconds: 1 }, ...accountFault, count: 1 });
    const { result, ms } = await timed(() => client.getAccountDetails());
    expect(result.active).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(950);
  });

  it("429 on a purchase: rate limited, not applied, Retry-After reported", async () => {
    const key = randomUUID();
    addFault("ktn", { fault: { kind: "status", status: 429, retryAfterSeconds: 2 }, ...purchaseFault, count: 1 });
    const error = await providerRejection(client.purchaseGiftCard(request, { idempotencyKey: key }));
    expect(error).toMatchObject({ httpStatus: 429, code: "RATE_LIMITED", retryable: true, outcome: "failed", retryAfterMs: 2_000 });
    expect(await ordersForKey(key)).toHaveLength(0);
  });

  it("timeout on a read: retried, then answered; TIMEOUT when every attempt hangs", async () => {
    addFault("ktn", { fault: { kind: "timeout" }, ...accountFault, count: 1 });
    expect((await client.getAccountDetails()).active).toBe(true);
    addFault("ktn", { fault: { kind: "timeout" }, ...accountFault, count: 3 });
    expect(await providerRejection(client.getAccountDetails())).toMatchObject({ code: "TIMEOUT", httpStatus: null, outcome: "failed" });
  });

  it("timeout on a purchase: TIMEOUT, outcome unknown (the sandbox did not apply it)", async () => {
    const key = randomUUID();
    addFault("ktn", { fault: { kind: "timeout" }, ...purchaseFault, count: 1 });
    const error = await providerRejection(client.purchaseGiftCard(request, { idempotencyKey: key }));
    expect(error).toMatchObject({ code: "TIMEOUT", httpStatus: null, retryable: true, outcome: "unknown" });
    expect(await ordersForKey(key)).toHaveLength(0);
  });

  it("lost response on a purchase: applied once at KTN, unknown to us, settled by replaying the key", async () => {
    const key = randomUUID();
    const before = await client.listAllOrders();
    addFault("ktn", { fault: { kind: "lost-response" }, ...purchaseFault, count: 1 });
    const error = await providerRejection(client.purchaseGiftCard(request, { idempotencyKey: key }));
    expect(error).toMatchObject({ code: "TIMEOUT", outcome: "unknown" });

    const after = await client.listAllOrders();
    expect(after).toHaveLength(before.length + 1);
    expect(await ordersForKey(key)).toHaveLength(1);
    const balanceAfterLoss = (await client.getAccountDetails()).merchantApiProfileBalanceAccount.balance;
    expect(balanceAfterLoss).toBe(24949.4);

    const replayed = await client.purchaseGiftCard(request, { idempotencyKey: key });
    const created = after.find((o) => !before.some((b) => b.id === o.id))!;
    expect(replayed.id).toBe(created.id);
    expect(await client.listAllOrders()).toHaveLength(before.length + 1);
    expect((await client.getAccountDetails()).merchantApiProfileBalanceAccount.balance).toBe(balanceAfterLoss);
  });
});
