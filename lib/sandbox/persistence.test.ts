import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ProviderSlug } from "@/lib/providers/slugs";
import { addFault, clearFaults } from "./faults";
import { resetSandbox, sandboxFor } from "./mount";
import { loadSandboxState, saveSandboxState, sandboxStateDir } from "./persistence";
import { sandboxFetch } from "./sandbox-fetch";
import type { Sandbox } from "./types";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sandbox-state-"));
});
afterEach(() => {
  vi.unstubAllEnvs();
  clearFaults();
  rmSync(dir, { recursive: true, force: true });
});

describe("sandbox state files", () => {
  it("writes atomically (no temporary file left) and reads back what was written", () => {
    saveSandboxState("ktn", { orders: [1, 2] }, dir);
    saveSandboxState("ktn", { orders: [1, 2, 3] }, dir);

    expect(readdirSync(dir)).toEqual(["ktn.json"]);
    expect(loadSandboxState("ktn", dir)).toEqual({ orders: [1, 2, 3] });
    expect(loadSandboxState("kard", dir)).toBeUndefined();
  });

  it("refuses a file it cannot read rather than starting empty (which would reuse ids)", () => {
    writeFileSync(path.join(dir, "ktn.json"), "{ half a fi");
    expect(() => loadSandboxState("ktn", dir)).toThrow(/ktn\.json is not valid JSON/);
    writeFileSync(path.join(dir, "kard.json"), JSON.stringify({ format: 1, slug: "ktn", state: {} }));
    expect(() => loadSandboxState("kard", dir)).toThrow(/not a format-1 kard state/);
  });

  it("is configured by SANDBOX_STATE_DIR: a directory, .data/sandbox by default, or off", () => {
    vi.stubEnv("SANDBOX_STATE_DIR", dir);
    expect(sandboxStateDir()).toBe(dir);
    vi.stubEnv("SANDBOX_STATE_DIR", "");
    expect(sandboxStateDir()).toBe(path.resolve(".data/sandbox"));
    vi.stubEnv("SANDBOX_STATE_DIR", "off");
    expect(sandboxStateDir()).toBeNull();
  });
});

/** A restart: the process forgets its simulator (mount.ts keeps them on globalThis); the next use creates it from the saved state. */
const restart = (slug: ProviderSlug) => (globalThis as { __sandboxInstances?: Map<ProviderSlug, Sandbox> }).__sandboxInstances!.delete(slug);

const KTN = "http://localhost:3000/sandbox/ktn/api/v1/merchant/giftCard";
/** A KTN purchase as the console sends it (sandboxFetch races the request's abort signal, as fetch does). */
const purchase = async (key: string, signal?: AbortSignal) =>
  (await sandboxFetch(`${KTN}/purchaseGiftCard`, {
    method: "POST",
    headers: { authorization: "Bearer ktn_sandbox_key", "content-type": "application/json", "Idempotent-Key": key },
    body: JSON.stringify({ productId: 18808, unitPrice: 40, senderName: "Acme Corp" }),
    signal,
  })).json() as Promise<{ data: { id: number } }>;
const savedOrders = () => (JSON.parse(readFileSync(path.join(dir, "ktn.json"), "utf8")) as { state: { orders: { $map: unknown[] } } }).state.orders.$map.length;
const orderIds = async () => ((await (await sandboxFor("ktn")!.control!("orders", {})).json()) as { orders: { id: number }[] }).orders.map((o) => o.id);

describe("the mount keeps each simulator's state across a restart", () => {
  it("saves after every handled request (a lost response included) and resets, and restores on first use", async () => {
    vi.stubEnv("SANDBOX_STATE_DIR", dir);
    restart("ktn");
    resetSandbox("ktn");
    const first = (await purchase("key-1")).data.id;
    addFault("ktn", { fault: { kind: "lost-response" }, pathIncludes: "purchaseGiftCard", count: 1 });
    await expect(purchase("key-2", AbortSignal.timeout(50))).rejects.toMatchObject({ name: "TimeoutError" });
    await vi.waitFor(() => expect(savedOrders()).toBe(3));

    restart("ktn");
    const afterRestart = await orderIds();
    expect(afterRestart).toHaveLength(3);
    expect(afterRestart).toContain(first);

    resetSandbox("ktn");
    restart("ktn");
    expect(await orderIds()).toEqual([65]);
    const next = (await purchase("key-3")).data.id;
    expect(afterRestart).not.toContain(next);
    expect(JSON.parse(readFileSync(path.join(dir, "ktn.json"), "utf8"))).toMatchObject({ format: 1, slug: "ktn" });
    restart("ktn");
  });
});
