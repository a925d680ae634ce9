import { beforeEach, describe, expect, it } from "vitest";
import { sandboxFor } from "@/lib/sandbox/mount";
import { kvitkaExample } from "../testing/examples";
import { createKvitkaSandbox } from ".";

const MERCHANT = "kvitka_sandbox_token";
const PARTNER = "kvitka_partner_token";
const T0 = Date.parse("2026-05-01T10:00:00.000Z");
let clockMs = T0;
let sandbox = createKvitkaSandbox({ now: () => clockMs });

async function post(path: string, body: unknown, init: { contentType?: string; method?: string } = {}) {
  const res = await sandbox.handle(
    new Request(`http://kvitka.sandbox.test${path}`, {
      method: init.method ?? "POST",
      headers: { "content-type": init.contentType ?? "application/json" },
      body: init.method === "GET" ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

async function mint(body: unknown = {}) {
  const res = await sandbox.control!("mint-partner-code", body);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const keysOf = (value: Record<string, unknown>) => Object.keys(value).sort();

beforeEach(() => {
  clockMs = T0;
  sandbox = createKvitkaSandbox({ now: () => clockMs });
});

describe("KvitkaCard sandbox against the documentation's examples", () => {
  it("answers withdraw/confirm with exactly the documented fields, status and message", async () => {
    const init = await post("/withdraw/init.php", { api_token: MERCHANT, user_id: "c-1", points_amount: 88.16 });
    expect(init.status).toBe(200);
    expect(init.body).toMatchObject({ success: true, operation_id: 1, amount_kc: 176.32, status: "initiated" });
    const doc = kvitkaExample("/withdraw/confirm.php");
    const confirm = await post("/withdraw/confirm.php", { api_token: MERCHANT, operation_id: 1 });
    expect(keysOf(confirm.body)).toEqual(keysOf(doc));
    expect(confirm.body).toMatchObject({ ...doc, transaction_code: expect.stringMatching(/^\d{16}$/) });
  });

  it("credits the documented 88.16 points for a 176.32 KvitkaCoin code (deposit/init, deposit/confirm)", async () => {
    const minted = await mint({ amount_kc: 176.32 });
    const code = minted.body.transaction_code as string;
    const operation_id = minted.body.operation_id;
    const init = await post("/deposit/init.php", { api_token: MERCHANT, transaction_code: code });
    const initDoc = kvitkaExample("/deposit/init.php");
    expect(keysOf(init.body)).toEqual(keysOf(initDoc));
    expect(init.body).toEqual({ ...initDoc, operation_id, transaction_code: code });
    const confirm = await post("/deposit/confirm.php", { api_token: MERCHANT, operation_id, transaction_code: code });
    const confirmDoc = kvitkaExample("/deposit/confirm.php");
    expect(confirm.body).toEqual({ ...confirmDoc, operation_id, transaction_code: code });
  });
});

describe("KvitkaCard sandbox errors: {success:false, error_code, message} with a status each", () => {
  it.each([
    ["a missing token", {}, 401, "INVALID_TOKEN"],
    ["an unknown token", { api_token: "kvitka_nope" }, 401, "INVALID_TOKEN"],
    ["a missing points amount", { api_token: MERCHANT, user_id: "c-1" }, 400, "INVALID_REQUEST"],
    ["three decimals of points", { api_token: MERCHANT, user_id: "c-1", points_amount: 1.005 }, 400, "INVALID_REQUEST"],
    ["a points amount as a string", { api_token: MERCHANT, user_id: "c-1", points_amount: "10" }, 400, "INVALID_REQUEST"],
    ["0.99 KvitkaCoins", { api_token: PARTNER, user_id: "c-1", points_amount: 9.9 }, 400, "AMOUNT_OUT_OF_RANGE"],
    ["1000.01 KvitkaCoins", { api_token: PARTNER, user_id: "c-1", points_amount: 10000.1 }, 400, "AMOUNT_OUT_OF_RANGE"],
  ])("withdraw/init with %s", async (_case, body, status, code) => {
    const res = await post("/withdraw/init.php", body);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ success: false, error_code: code, message: expect.any(String) });
  });

  it("accepts exactly 1 and 1000 KvitkaCoins", async () => {
    for (const points_amount of [10, 10000]) {
      const res = await post("/withdraw/init.php", { api_token: PARTNER, user_id: "c-1", points_amount });
      expect(res.body).toMatchObject({ success: true, amount_kc: points_amount / 10 });
    }
  });

  it("refuses a body that is not JSON, or not sent as application/json", async () => {
    expect((await post("/withdraw/confirm.php", "{not json")).body.error_code).toBe("INVALID_REQUEST");
    const plain = await post("/withdraw/confirm.php", { api_token: MERCHANT, operation_id: 1 }, { contentType: "text/plain" });
    expect(plain).toMatchObject({ status: 400, body: { error_code: "INVALID_REQUEST" } });
    expect((await post("/withdraw/confirm.php", [1])).body.error_code).toBe("INVALID_REQUEST");
  });

  it("answers an unknown path 404 and a GET 405", async () => {
    expect(await post("/withdraw/status.php", { api_token: MERCHANT })).toMatchObject({
      status: 404,
      body: { error_code: "ENDPOINT_NOT_FOUND" },
    });
    const get = await post("/withdraw/init.php", undefined, { method: "GET" });
    expect(get).toMatchObject({ status: 405, body: { error_code: "METHOD_NOT_ALLOWED" } });
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("serves the documented paths exactly: another case or a trailing slash is no endpoint", async () => {
    for (const path of ["/Withdraw/init.php", "/withdraw/init.php/", "/withdraw/INIT.PHP", "/api/v1/withdraw/init.php"]) {
      expect(await post(path, { api_token: MERCHANT, user_id: "c-1", points_amount: 10 })).toMatchObject({
        status: 404,
        body: { success: false, error_code: "ENDPOINT_NOT_FOUND" },
      });
    }
  });

  it("does not let one business confirm another's withdrawal", async () => {
    await post("/withdraw/init.php", { api_token: PARTNER, user_id: "c-1", points_amount: 50 });
    expect(await post("/withdraw/confirm.php", { api_token: MERCHANT, operation_id: 1 })).toMatchObject({
      status: 404,
      body: { error_code: "OPERATION_NOT_FOUND" },
    });
  });

  it("refuses a deposit confirm before the code was verified, and a code from another operation", async () => {
    const a = await mint();
    const b = await mint();
    const body = { api_token: MERCHANT, operation_id: a.body.operation_id, transaction_code: a.body.transaction_code };
    expect(await post("/deposit/confirm.php", body)).toMatchObject({ status: 409, body: { error_code: "INVALID_STATUS" } });
    expect(await post("/deposit/reject.php", body)).toMatchObject({ status: 409, body: { error_code: "INVALID_STATUS" } });
    await post("/deposit/init.php", { api_token: MERCHANT, transaction_code: a.body.transaction_code });
    expect(
      await post("/deposit/confirm.php", { ...body, transaction_code: b.body.transaction_code }),
    ).toMatchObject({ status: 404, body: { error_code: "CODE_NOT_FOUND" } });
  });

  it("locks a code while a deposit is pending at one business (CODE_IN_USE for the others)", async () => {
    const { body: code } = await mint();
    await post("/deposit/init.php", { api_token: MERCHANT, transaction_code: code.transaction_code });
    const other = { api_token: PARTNER, operation_id: code.operation_id, transaction_code: code.transaction_code };
    expect(await post("/deposit/init.php", other)).toMatchObject({ status: 409, body: { error_code: "CODE_IN_USE" } });
    expect(await post("/deposit/confirm.php", other)).toMatchObject({ status: 409, body: { error_code: "CODE_IN_USE" } });
  });
});

describe("KvitkaCard sandbox rate limit: 60 requests per 60 s per token", () => {
  const confirmUnknown = (api_token: string) => post("/withdraw/confirm.php", { api_token, operation_id: 999 });

  it("refuses the 61st request inside the window with 429 and Retry-After, and admits it once the window slid", async () => {
    for (let i = 0; i < 60; i++) {
      clockMs = T0 + i * 100;
      expect((await confirmUnknown(MERCHANT)).status).toBe(404);
    }
    clockMs = T0 + 59_999;
    const refused = await confirmUnknown(MERCHANT);
    expect(refused).toMatchObject({ status: 429, body: { success: false, error_code: "RATE_LIMIT_EXCEEDED" } });
    expect(refused.headers.get("retry-after")).toBe("1");
    expect((await confirmUnknown(PARTNER)).status).toBe(404);
    clockMs = T0 + 60_000;
    expect((await confirmUnknown(MERCHANT)).status).toBe(404);
    expect((await confirmUnknown(MERCHANT)).status).toBe(429);
    clockMs = T0 + 60_100;
    expect((await confirmUnknown(MERCHANT)).status).toBe(404);
  });

  it("does not count requests with an unknown token, nor the control surface's mints", async () => {
    for (let i = 0; i < 70; i++) await confirmUnknown("kvitka_nope");
    for (let i = 0; i < 5; i++) await mint();
    for (let i = 0; i < 60; i++) expect((await confirmUnknown(PARTNER)).status).toBe(404);
    expect((await confirmUnknown(PARTNER)).status).toBe(429);
  });
});

describe("KvitkaCard sandbox control surface", () => {
  it("mints a partner code by KvitkaCoins or by partner points and lists operations", async () => {
    const byKc = await mint({ amount_kc: "12.34" });
    expect(byKc.body).toMatchObject({ status: "holding", amount_kc: 12.34, points_amount: 123.4, business: "partner" });
    const byPoints = await mint({ points_amount: 500 });
    expect(byPoints.body).toMatchObject({ amount_kc: 50, points_amount: 500 });
    const list = (await (await sandbox.control!("operations", {})).json()) as { operations: Record<string, unknown>[] };
    expect(list.operations).toEqual([
      expect.objectContaining({ operation_id: 1, issuer: "partner", status: "holding", amount_kc: "12.34" }),
      expect.objectContaining({ operation_id: 2, issuer: "partner", status: "holding", amount_kc: "50.00" }),
    ]);
  });

  it("refuses to mint outside the limits or with both amounts, and answers unknown actions 404", async () => {
    expect(await mint({ amount_kc: 1000.01 })).toMatchObject({ status: 400, body: { error_code: "AMOUNT_OUT_OF_RANGE" } });
    expect(await mint({ amount_kc: 0.99 })).toMatchObject({ status: 400, body: { error_code: "AMOUNT_OUT_OF_RANGE" } });
    expect(await mint({ amount_kc: 5, points_amount: 50 })).toMatchObject({ status: 400, body: { error_code: "INVALID_REQUEST" } });
    expect((await sandbox.control!("explode", {})).status).toBe(404);
  });

  it("journals the requests that reached an endpoint — which business, which parameters, never the token", async () => {
    await post("/withdraw/init.php", { api_token: MERCHANT, user_id: "c-1", points_amount: 88.16 });
    await post("/deposit/init.php", { api_token: "kvitka_nope", transaction_code: "1111222233334444" });
    await post("/withdraw/status.php", { api_token: MERCHANT });
    await mint();
    const journal = (await (await sandbox.control!("requests", {})).json()) as { requests: Record<string, unknown>[] };
    expect(journal.requests).toEqual([
      { at: "2026-05-01T10:00:00.000Z", path: "/withdraw/init.php", business: "merchant", params: { user_id: "c-1", points_amount: 88.16 } },
      { at: "2026-05-01T10:00:00.000Z", path: "/deposit/init.php", business: null, params: { transaction_code: "1111222233334444" } },
    ]);
    expect(JSON.stringify(journal)).not.toContain("kvitka_nope");
    sandbox.reset();
    expect(await (await sandbox.control!("requests", {})).json()).toEqual({ requests: [] });
  });

  it("never hands out an operation id again after a reset (issue 12)", async () => {
    await mint();
    sandbox.reset();
    expect((await mint()).body.operation_id).toBe(2);
  });

  it("is registered with the sandbox mount", () => {
    expect(sandboxFor("kvitka")).toBeDefined();
  });
});
