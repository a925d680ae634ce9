import { spawnSync } from "node:child_process";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { seedKardTransaction } from "@/lib/providers/kard/testing/webhooks";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { applyReceivedWebhookEvents } from "./apply-queue";

// An acknowledged webhook survives a crash right after its 2xx: a child process receives one
// delivery as the route does and is SIGKILLed the moment its answer is a 2xx (before the apply
// that follows the answer). The event and its audit row must be in the database, and the sweep
// must apply it.

const CHILD = path.resolve(import.meta.dirname, "testing/crash-after-ack.child.ts");
const AUDIT_CHAIN_KEY = "durability-test-chain-key-0123456789";

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  process.env.AUDIT_CHAIN_KEY = AUDIT_CHAIN_KEY;
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());

describe("a webhook acknowledged just before a crash", () => {
  it("is stored with its audit row, and applied by the sweep afterwards", async () => {
    await seedKardTransaction(db, "tx-crash", { status: "APPROVED" });
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("KARD_")));
    const child = spawnSync(process.execPath, ["--import", "tsx", CHILD], {
      env: { ...env, NODE_ENV: "test", DATABASE_URL: testDb.url, AUDIT_CHAIN_KEY, AUDIT_CHECKPOINTS: "off", EVENT_ID: "evt-crash" },
      encoding: "utf8",
      timeout: 60_000,
    });

    expect(child.stdout).toBe("ACK 200\n");
    expect(child.signal).toBe("SIGKILL");
    const event = await db.webhookEvent.findUniqueOrThrow({ where: { provider_eventId: { provider: "kard", eventId: "evt-crash" } } });
    expect(event).toMatchObject({ status: "RECEIVED", signatureStatus: "VALID", deliveries: 1 });
    const stored = await db.auditEvent.findMany({ where: { target: `webhook-event:${event.id}` } });
    expect(stored.map((a) => [a.action, a.outcome, a.message])).toEqual([["kard.webhook.receive", "SUCCEEDED", "stored"]]);
    expect((await db.kardTransaction.findFirstOrThrow({ where: { transactionId: "tx-crash" } })).status).toBe("APPROVED");

    expect(await applyReceivedWebhookEvents(0)).toBe(1);
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "APPLIED" });
    expect((await db.kardTransaction.findFirstOrThrow({ where: { transactionId: "tx-crash" } })).status).toBe("VALIDATED");
    const trail = await db.auditEvent.findMany({ where: { target: `webhook-event:${event.id}` }, orderBy: { seq: "asc" } });
    expect(trail.map((a) => a.message)).toEqual(["stored", "applied"]);
    expect(await applyReceivedWebhookEvents(0)).toBe(0);
    expect(await verifyAuditChain(db, { checkpoints: null })).toMatchObject({ ok: true, count: 2 });
  });
});
