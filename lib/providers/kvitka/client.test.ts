import { beforeEach, describe, expect, it, vi } from "vitest";
import { appOrigin } from "@/lib/app-origin";
import type { FetchFn } from "@/lib/providers/http";
import { providerClient, providerConfig } from "@/lib/providers/registry";
import { addFault, clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { sandboxFetch } from "@/lib/sandbox/sandbox-fetch";
import { createKvitkaClient, type KvitkaClientConfig } from "./client";
import { createKvitkaRateLimiter, type KvitkaRateLimiter, kvitkaRateLimiterFor } from "./rate-limiter";
import { kvitkaExample } from "./testing/examples";
import { providerRejection } from "@/lib/testing/rejection";

/*
 * The client through the mounted sandbox (`/sandbox/kvitka/…` served in-process by sandboxFetch,
 * injected faults included), each test with its own limiter so the 60/60 s budget of one test
 * does not make the next wait.
 */

const MERCHANT = "kvitka_sandbox_token";
const PARTNER = "kvitka_partner_token";
const BASE_URL = `${appOrigin()}/sandbox/kvitka`;

/** Lets every request straight through: a client "without a limiter". */
const unlimited: KvitkaRateLimiter = {
  schedule: (task) => task(),
  state: () => Promise.reject(new Error("not a limiter")),
  stop: async () => undefined,
};

let sent: { url: string; body: Record<string, unknown>; contentType: string | null }[];
const recordingFetch: FetchFn = async (input, init) => {
  const request = new Request(input, init);
  sent.push({
    url: request.url,
    body: JSON.parse(await request.clone().text()),
    contentType: request.headers.get("content-type"),
  });
  return sandboxFetch(request);
};

function clientFor(apiToken: string, { fetch = recordingFetch, ...overrides }: Partial<KvitkaClientConfig> & { fetch?: FetchFn } = {}) {
  return createKvitkaClient({ baseUrl: BASE_URL, apiToken, limiter: createKvitkaRateLimiter(), ...overrides }, fetch);
}


async function mintPartnerCode(body: Record<string, unknown> = { amount_kc: 176.32 }) {
  const res = await sandboxFor("kvitka")!.control!("mint-partner-code", body);
  expect(res.status).toBe(200);
  return (await res.json()) as { operation_id: number; transaction_code: string; amount_kc: number };
}

async function operation(id: number) {
  const res = await sandboxFor("kvitka")!.control!("operations", {});
  const { operations } = (await res.json()) as { operations: { operation_id: number }[] };
  return operations.find((o) => o.operation_id === id);
}

beforeEach(() => {
  sent = [];
  clearFaults("kvitka");
  resetSandbox("kvitka");
});

describe("KvitkaCard client: withdrawal", () => {
  it("sends api_token and the points amount as JSON to withdraw/init.php, then confirms into holding", async () => {
    const client = clientFor(MERCHANT);
    const initiated = await client.withdrawInit({ user_id: "customer-42", points_amount: "88.16" });
    expect(sent[0]).toEqual({
      url: `${BASE_URL}/withdraw/init.php`,
      body: { api_token: MERCHANT, user_id: "customer-42", points_amount: 88.16 },
      contentType: "application/json",
    });
    expect(initiated.status).toBe("initiated");
    expect(initiated.amount_kc.toFixed(2)).toBe("176.32");

    const held = await client.withdrawConfirm({ operation_id: initiated.operation_id });
    expect(sent[1].body).toEqual({ api_token: MERCHANT, operation_id: initiated.operation_id });
    expect(held).toMatchObject({ operation_id: initiated.operation_id, status: "holding" });
    expect(held.transaction_code).toMatch(/^\d{16}$/);
    expect(held.amount_kc.toFixed(2)).toBe("176.32");
    expect(held.message).toBe(kvitkaExample("/withdraw/confirm.php").message);
  });

  it("issues a different code for every confirmed withdrawal", async () => {
    const client = clientFor(MERCHANT);
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { operation_id } = await client.withdrawInit({ user_id: "c", points_amount: "1" });
      codes.add((await client.withdrawConfirm({ operation_id })).transaction_code);
    }
    expect(codes.size).toBe(20);
  });

  it("refuses a second confirm (INVALID_STATUS) and another business's operation (OPERATION_NOT_FOUND)", async () => {
    const client = clientFor(MERCHANT);
    const { operation_id } = await client.withdrawInit({ user_id: "c", points_amount: "10" });
    await client.withdrawConfirm({ operation_id });
    expect(await providerRejection(client.withdrawConfirm({ operation_id }))).toMatchObject({
      code: "INVALID_STATUS",
      httpStatus: 409,
      outcome: "failed",
      retryable: false,
      endpoint: "withdrawConfirm",
    });
    expect(await providerRejection(clientFor(PARTNER).withdrawConfirm({ operation_id }))).toMatchObject({
      code: "OPERATION_NOT_FOUND",
      httpStatus: 404,
    });
  });

  it("refuses a wrong API token with INVALID_TOKEN", async () => {
    expect(await providerRejection(clientFor("kvitka_wrong_token").withdrawInit({ user_id: "c", points_amount: "1" }))).toMatchObject({
      code: "INVALID_TOKEN",
      httpStatus: 401,
      outcome: "failed",
    });
  });
});

describe("KvitkaCard client: limits at the boundaries (partner: 10 points per KvitkaCoin)", () => {
  it.each([
    ["9.9", "0.99", false],
    ["10", "1.00", true],
    ["10000", "1000.00", true],
    ["10000.1", "1000.01", false],
  ])("%s points → %s KvitkaCoins accepted: %s", async (points, kc, accepted) => {
    const call = clientFor(PARTNER).withdrawInit({ user_id: "c", points_amount: points });
    if (accepted) {
      expect((await call).amount_kc.toFixed(2)).toBe(kc);
    } else {
      const error = await providerRejection(call);
      expect(error).toMatchObject({ code: "AMOUNT_OUT_OF_RANGE", httpStatus: 400, outcome: "failed" });
      expect(error.message).toContain(kc);
    }
  });

  it("converts this business's points at 0.5 per KvitkaCoin: 0.5 → 1 KC, 500 → 1000 KC, 500.01 refused", async () => {
    const client = clientFor(MERCHANT);
    expect((await client.withdrawInit({ user_id: "c", points_amount: "0.5" })).amount_kc.toFixed(2)).toBe("1.00");
    expect((await client.withdrawInit({ user_id: "c", points_amount: "500" })).amount_kc.toFixed(2)).toBe("1000.00");
    expect((await providerRejection(client.withdrawInit({ user_id: "c", points_amount: "0.49" }))).code).toBe("AMOUNT_OUT_OF_RANGE");
    expect((await providerRejection(client.withdrawInit({ user_id: "c", points_amount: "500.01" }))).code).toBe("AMOUNT_OUT_OF_RANGE");
  });

  it("refuses malformed input before sending anything (INVALID_REQUEST, no request)", async () => {
    const client = clientFor(MERCHANT);
    for (const call of [
      () => client.withdrawInit({ user_id: "c", points_amount: "1.001" }),
      () => client.withdrawInit({ user_id: "", points_amount: "1" }),
      () => client.depositInit({ transaction_code: "12345" }),
      () => client.depositConfirm({ operation_id: 1.5, transaction_code: "1234567890123456" }),
    ]) {
      expect(await providerRejection(call())).toMatchObject({ code: "INVALID_REQUEST", httpStatus: null, outcome: "failed" });
    }
    expect(sent).toEqual([]);
  });
});

describe("KvitkaCard client: deposit across businesses", () => {
  it("deposits a partner's code: verify (88.16 points for 176.32 KC), confirm, and the code is spent", async () => {
    const minted = await mintPartnerCode();
    const client = clientFor(MERCHANT);
    const pending = await client.depositInit({ transaction_code: minted.transaction_code });
    expect(sent[0].body).toEqual({ api_token: MERCHANT, transaction_code: minted.transaction_code });
    expect(pending).toMatchObject({ operation_id: minted.operation_id, status: "pending_deposit" });
    expect(pending.amount_kc.toFixed(2)).toBe("176.32");
    expect(pending.points_amount.toFixed(2)).toBe("88.16");

    const done = await client.depositConfirm({ operation_id: pending.operation_id, transaction_code: minted.transaction_code });
    expect(sent[1].body).toEqual({
      api_token: MERCHANT,
      operation_id: minted.operation_id,
      transaction_code: minted.transaction_code,
    });
    expect(done.status).toBe("completed");
    expect(done.points_amount.toFixed(2)).toBe("88.16");
    expect(await operation(minted.operation_id)).toMatchObject({ status: "completed", issuer: "partner", depositor: "merchant" });

    for (const again of [
      () => client.depositInit({ transaction_code: minted.transaction_code }),
      () => client.depositConfirm({ operation_id: minted.operation_id, transaction_code: minted.transaction_code }),
      () => clientFor(PARTNER).depositInit({ transaction_code: minted.transaction_code }),
    ]) {
      expect(await providerRejection(again())).toMatchObject({ code: "CODE_ALREADY_USED", httpStatus: 409, outcome: "failed" });
    }
  });

  it("rejects a deposit: the operation goes back to holding and another business can still use the code", async () => {
    const minted = await mintPartnerCode({ amount_kc: 900 });
    const merchant = clientFor(MERCHANT);
    const pending = await merchant.depositInit({ transaction_code: minted.transaction_code });
    expect(pending.points_amount.toFixed(2)).toBe("450.00");
    const rejected = await merchant.depositReject({
      operation_id: pending.operation_id,
      transaction_code: minted.transaction_code,
      reason: "over the daily credit limit",
    });
    expect(sent[1].body).toEqual({
      api_token: MERCHANT,
      operation_id: minted.operation_id,
      transaction_code: minted.transaction_code,
      reason: "over the daily credit limit",
    });
    expect(rejected.status).toBe("holding");
    expect(await operation(minted.operation_id)).toMatchObject({ status: "holding", depositor: null });

    const partner = clientFor(PARTNER);
    const again = await partner.depositInit({ transaction_code: minted.transaction_code });
    expect(again.points_amount.toFixed(2)).toBe("9000.00");
    expect(
      await providerRejection(merchant.depositConfirm({ operation_id: minted.operation_id, transaction_code: minted.transaction_code })),
    ).toMatchObject({ code: "CODE_IN_USE", httpStatus: 409 });
    await partner.depositConfirm({ operation_id: minted.operation_id, transaction_code: minted.transaction_code });
    expect(await operation(minted.operation_id)).toMatchObject({ status: "completed", depositor: "partner" });
  });

  it("names each refusal: unknown code, code of another operation, unknown operation, confirm before verify", async () => {
    const client = clientFor(MERCHANT);
    const a = await mintPartnerCode();
    const b = await mintPartnerCode();
    expect(await providerRejection(client.depositInit({ transaction_code: "1111222233334444" }))).toMatchObject({
      code: "CODE_NOT_FOUND",
      httpStatus: 404,
    });
    expect(
      await providerRejection(client.depositConfirm({ operation_id: a.operation_id, transaction_code: a.transaction_code })),
    ).toMatchObject({ code: "INVALID_STATUS", httpStatus: 409 });
    await client.depositInit({ transaction_code: a.transaction_code });
    expect(
      await providerRejection(client.depositConfirm({ operation_id: a.operation_id, transaction_code: b.transaction_code })),
    ).toMatchObject({ code: "CODE_NOT_FOUND" });
    expect(
      await providerRejection(client.depositReject({ operation_id: 999, transaction_code: a.transaction_code })),
    ).toMatchObject({ code: "OPERATION_NOT_FOUND", httpStatus: 404 });
    expect(await providerRejection(clientFor(PARTNER).depositInit({ transaction_code: a.transaction_code }))).toMatchObject({
      code: "CODE_IN_USE",
    });
  });
});

describe("KvitkaCard client: no blind retries", () => {
  const fetchSpy = () => vi.fn<FetchFn>((input, init) => sandboxFetch(input, init));

  it("a 5xx on deposit/confirm is 'unknown', sent once; deposit/init then shows it was not applied", async () => {
    const minted = await mintPartnerCode();
    const fetch = fetchSpy();
    const client = clientFor(MERCHANT, { fetch });
    await client.depositInit({ transaction_code: minted.transaction_code });
    addFault("kvitka", { fault: { kind: "status", status: 503 }, pathIncludes: "/deposit/confirm.php", count: 1 });
    const confirm = { operation_id: minted.operation_id, transaction_code: minted.transaction_code };
    expect(await providerRejection(client.depositConfirm(confirm))).toMatchObject({ httpStatus: 503, outcome: "unknown" });
    expect(fetch).toHaveBeenCalledTimes(2);

    const state = await client.depositInit({ transaction_code: minted.transaction_code });
    expect(state.status).toBe("pending_deposit");
    expect((await client.depositConfirm(confirm)).status).toBe("completed");
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it("a lost deposit/confirm answer times out as 'unknown'; deposit/init then shows it was applied", async () => {
    const minted = await mintPartnerCode();
    const fetch = fetchSpy();
    const client = clientFor(MERCHANT, { fetch, timeoutMs: 200 });
    await client.depositInit({ transaction_code: minted.transaction_code });
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/deposit/confirm.php", count: 1 });
    const error = await providerRejection(
      client.depositConfirm({ operation_id: minted.operation_id, transaction_code: minted.transaction_code }),
    );
    expect(error).toMatchObject({ code: "TIMEOUT", outcome: "unknown" });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await providerRejection(client.depositInit({ transaction_code: minted.transaction_code }))).code).toBe(
      "CODE_ALREADY_USED",
    );
  });

  it("a lost withdraw/confirm answer is 'unknown' and is not re-sent", async () => {
    const fetch = fetchSpy();
    const client = clientFor(MERCHANT, { fetch, timeoutMs: 200 });
    const { operation_id } = await client.withdrawInit({ user_id: "c", points_amount: "5" });
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/withdraw/confirm.php", count: 1 });
    expect(await providerRejection(client.withdrawConfirm({ operation_id }))).toMatchObject({ code: "TIMEOUT", outcome: "unknown" });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await operation(operation_id)).toMatchObject({ status: "holding" });
  });

  it("reads a {success:false} envelope answered with HTTP 200 as that error", async () => {
    const envelope = { success: false, error_code: "CODE_NOT_FOUND", message: "Transaction code not found." };
    const client = clientFor(MERCHANT, { fetch: async () => Response.json(envelope, { status: 200 }) });
    expect(await providerRejection(client.depositInit({ transaction_code: "1111222233334444" }))).toMatchObject({
      code: "CODE_NOT_FOUND",
      message: "Transaction code not found.",
      httpStatus: 200,
      outcome: "failed",
    });
  });

  it("an unreadable success body on a confirm is 'unknown' (INVALID_RESPONSE)", async () => {
    const client = clientFor(MERCHANT, { fetch: async () => Response.json({ success: true, status: "holding" }) });
    expect(await providerRejection(client.withdrawConfirm({ operation_id: 1 }))).toMatchObject({
      code: "INVALID_RESPONSE",
      outcome: "unknown",
    });
  });

  it("a client without a limiter gets the sandbox's 429 on the 61st request, not retried", async () => {
    const fetch = fetchSpy();
    const client = clientFor(MERCHANT, { fetch, limiter: unlimited });
    const results = await Promise.allSettled(
      Array.from({ length: 61 }, () => client.withdrawInit({ user_id: "c", points_amount: "1" })),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: "RATE_LIMIT_EXCEEDED", httpStatus: 429, retryable: true, outcome: "failed" });
    expect(refused[0].retryAfterMs).toBeGreaterThan(0);
    expect(fetch).toHaveBeenCalledTimes(61);
  });

  it("answers a path that is not an endpoint with ENDPOINT_NOT_FOUND", async () => {
    const client = clientFor(MERCHANT, { baseUrl: `${BASE_URL}/v2` });
    expect(await providerRejection(client.depositInit({ transaction_code: "1111222233334444" }))).toMatchObject({
      code: "ENDPOINT_NOT_FOUND",
      httpStatus: 404,
    });
  });
});

describe("KvitkaCard client wiring", () => {
  it("is built from the registry's sandbox config and shares the process-wide limiter of its token", async () => {
    const config = providerConfig("kvitka");
    expect(config).toMatchObject({ mode: "sandbox", baseUrl: BASE_URL, credentials: { apiToken: MERCHANT } });
    const client = providerClient("kvitka");
    expect(providerClient("kvitka")).toBe(client);
    expect(client.limiter).toBe(kvitkaRateLimiterFor(MERCHANT));
    expect(kvitkaRateLimiterFor(PARTNER)).not.toBe(client.limiter);
    const held = await client.withdrawConfirm(await client.withdrawInit({ user_id: "c", points_amount: "3" }));
    expect(held.status).toBe("holding");
    expect(await client.limiter.state()).toMatchObject({ mode: "memory", usedInWindow: 2, queueDepth: 0 });
  });
});
