import { describe, expect, it } from "vitest";
import type { Sandbox } from "@/lib/sandbox/types";
import { createKvitkaSandbox } from ".";

/* The KvitkaCard simulator's state survives a restart (snapshot → JSON → restore) and never reuses an operation id. */

const MERCHANT = "kvitka_sandbox_token";
const now = () => Date.parse("2026-05-01T10:00:00.000Z");

async function post(sandbox: Sandbox, path: string, body: Record<string, unknown>) {
  const res = await sandbox.handle(new Request(`http://kvitka.sandbox.test${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ api_token: MERCHANT, ...body }) }));
  return (await res.json()) as { operation_id: number; transaction_code?: string; status: string };
}
const control = async (sandbox: Sandbox, action: string, body: unknown = {}) => (await sandbox.control!(action, body)).json();
const reads = async (sandbox: Sandbox) => [await control(sandbox, "operations"), await control(sandbox, "requests")];
const restarted = (from: Sandbox) => {
  const sandbox = createKvitkaSandbox({ now });
  sandbox.restore(JSON.parse(JSON.stringify(from.snapshot())));
  return sandbox;
};
const withdraw = async (sandbox: Sandbox) => (await post(sandbox, "/withdraw/init.php", { user_id: "c-1", points_amount: 20 })).operation_id;

describe("KvitkaCard sandbox snapshot and restore", () => {
  it("answers the same reads after a restart, goes on with a held code, and hands out a new operation id", async () => {
    const before = createKvitkaSandbox({ now });
    const held = await withdraw(before);
    const { transaction_code } = await post(before, "/withdraw/confirm.php", { operation_id: held });
    const partner = (await control(before, "mint-partner-code")) as { operation_id: number; transaction_code: string };
    await post(before, "/deposit/init.php", { transaction_code: partner.transaction_code });

    const after = restarted(before);

    expect(await reads(after)).toEqual(await reads(before));
    // The restored deposit is still pending here (its depositor restored as this business): it confirms.
    expect(await post(after, "/deposit/confirm.php", { operation_id: partner.operation_id, transaction_code: partner.transaction_code })).toMatchObject({ status: "completed" });
    expect(transaction_code).toMatch(/^\d{16}$/);
    expect([held, partner.operation_id]).not.toContain(await withdraw(after));
  });

  it("a reset empties the operations but never hands out an earlier operation id again", async () => {
    const sandbox = createKvitkaSandbox({ now });
    const earlier = [await withdraw(sandbox), await withdraw(sandbox)];

    sandbox.reset();
    const after = restarted(sandbox);

    expect(await control(after, "operations")).toEqual({ operations: [] });
    expect(earlier).not.toContain(await withdraw(after));
  });
});
