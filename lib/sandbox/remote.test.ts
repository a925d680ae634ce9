import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { providerClient } from "@/lib/providers/registry";
import { dispatchToSandbox, resetSandbox, sandboxFor } from "./mount";
import { FORWARDED_HEADER, sandboxOrigin } from "./remote";
import { handleSandboxRoute } from "./sandbox-route";

/**
 * Two instances in one test: "serving" is an HTTP server in front of this process's simulators
 * (what the serving instance's /sandbox routes do); the code under test runs as the forwarding
 * instance (SANDBOX_ORIGIN naming the server). What arrives at the server is recorded.
 */
let server: Server;
let origin: string;
const arrived: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    arrived.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const request = new Request(new URL(req.url!, origin), { method: req.method, headers: req.headers as Record<string, string>, body: body || undefined });
    const answer = (await dispatchToSandbox(request)) ?? new Response("{}", { status: 404 });
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  arrived.length = 0;
  resetSandbox();
  process.env.SANDBOX_ORIGIN = origin;
});
afterEach(() => {
  delete process.env.SANDBOX_ORIGIN;
});

/** The KTN simulator's orders (a Map in its snapshot, lib/sandbox/state-codec.ts). */
const ktnOrders = () => (sandboxFor("ktn")!.snapshot() as { orders: { $map: unknown[] } }).orders.$map;

describe("SANDBOX_ORIGIN", () => {
  it("is unset by default and must be an http(s) origin", () => {
    expect(sandboxOrigin("")).toBeNull();
    expect(sandboxOrigin(" ")).toBeNull();
    expect(sandboxOrigin("http://console-a:3000/ignored/path")).toBe("http://console-a:3000");
    expect(() => sandboxOrigin("console-a:3000")).toThrow(/http\(s\)/);
    expect(() => sandboxOrigin("not a url")).toThrow(/SANDBOX_ORIGIN/);
  });
});

describe("a forwarding instance's provider clients", () => {
  it("send each sandbox request over HTTP to the serving instance, which applies it once", async () => {
    const before = ktnOrders().length;
    const client = providerClient("ktn");
    const order = await client.purchaseGiftCard({ productId: 18808, unitPrice: 25, senderName: "Remote", email: "r@example.com" }, { idempotencyKey: "remote-1" });
    expect(ktnOrders()).toHaveLength(before + 1);
    const purchase = arrived.find((r) => r.url.endsWith("/purchaseGiftCard"))!;
    expect(purchase.method).toBe("POST");
    expect(purchase.url).toBe("/sandbox/ktn/api/v1/merchant/giftCard/purchaseGiftCard");
    expect(purchase.headers[FORWARDED_HEADER]).toBe("1");
    expect(purchase.headers["idempotent-key"] ?? purchase.headers["idempotency-key"]).toBe("remote-1");
    expect(JSON.parse(purchase.body)).toMatchObject({ productId: 18808 });
    expect(order).toBeTruthy();
  });

  it("fail as a network error when the serving instance does not answer", async () => {
    process.env.SANDBOX_ORIGIN = "http://127.0.0.1:9";
    await expect(providerClient("ktn").getAccountDetails()).rejects.toThrow();
    expect(arrived).toHaveLength(0);
  });
});

describe("a forwarding instance's /sandbox routes", () => {
  it("pass the request through as it came (method, path, query, body, cookie, origin) and return the answer", async () => {
    const req = new Request("http://localhost:3000/sandbox/kvitka/api/v1/withdraw/init?x=1", {
      method: "POST",
      headers: { cookie: "authjs.session-token=abc", origin: "http://localhost:3000", "content-type": "application/json" },
      body: JSON.stringify({ amount: "1" }),
    });
    const res = await handleSandboxRoute(req, "kvitka", ["api", "v1", "withdraw", "init"]);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({ method: "POST", url: "/sandbox/kvitka/api/v1/withdraw/init?x=1", body: JSON.stringify({ amount: "1" }) });
    expect(arrived[0].headers).toMatchObject({ cookie: "authjs.session-token=abc", origin: "http://localhost:3000", [FORWARDED_HEADER]: "1" });
    const direct = await dispatchToSandbox(new Request(`${origin}/sandbox/kvitka/api/v1/withdraw/init?x=1`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ amount: "1" }) }));
    expect(res.status).toBe(direct!.status);
  });

  it("refuse a request another instance forwarded (SANDBOX_ORIGIN set on both: a loop)", async () => {
    const req = new Request("http://localhost:3000/sandbox/ktn/api/v1/merchant/getAccountDetails", { headers: { [FORWARDED_HEADER]: "1" } });
    const res = await handleSandboxRoute(req, "ktn", ["api", "v1", "merchant", "getAccountDetails"]);
    expect(res.status).toBe(508);
    expect((await res.json()).error.code).toBe("SANDBOX_LOOP");
    expect(arrived).toHaveLength(0);
  });

  it("answer 502 SANDBOX_UNREACHABLE naming SANDBOX_ORIGIN when the serving instance is down", async () => {
    process.env.SANDBOX_ORIGIN = "http://127.0.0.1:9";
    const res = await handleSandboxRoute(new Request("http://localhost:3000/sandbox/_control/faults?provider=ktn"), "_control", ["faults"]);
    expect(res.status).toBe(502);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "SANDBOX_UNREACHABLE" });
    expect(body.error.message).toContain("SANDBOX_ORIGIN=http://127.0.0.1:9");
  });
});
