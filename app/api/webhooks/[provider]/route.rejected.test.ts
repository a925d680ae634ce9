import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { logger } from "@/lib/log";
import { REJECTED_BODY_KEPT_BYTES } from "@/lib/webhooks/inbox";
import { REJECTED_PER_SOURCE, resetRejectionLimits } from "@/lib/webhooks/rejection-limit";
import { pruneRejectedWebhookEvents } from "@/lib/webhooks/retention";
import { hmacBase64, kardNotification } from "@/lib/providers/kard/testing/webhooks";

const WEBHOOK_URL = "http://localhost:3000/api/webhooks/kard";
import { POST as receive } from "./route";

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.webhookEvent.deleteMany();
  await db.auditEvent.deleteMany();
  resetRejectionLimits();
});

/** A delivery to /api/webhooks/kard from `ip` (the peer the console's server appends last). */
function deliver(body: string, { signature = "bm90LXRoZS1zaWduYXR1cmU=", ip = "203.0.113.50" }: { signature?: string; ip?: string } = {}) {
  const request = new Request(WEBHOOK_URL, { method: "POST", body, headers: { "content-type": "application/json", "notify-signature": signature, "x-forwarded-for": ip } });
  return receive(request, { params: Promise.resolve({ provider: "kard" }) });
}

/** A notification of about `bytes` (its merchant name appears twice). */
const bigBody = (id: string, bytes: number) => kardNotification("earnedRewardApproved", id, { name: "x".repeat(Math.floor(bytes / 2)) });

describe("finding 6: unauthenticated database growth", () => {
  it("stores a rejected body's digest, size and first bytes only", async () => {
    const body = bigBody("n-big", 255 * 1024);
    const res = await deliver(body);

    expect(res.status).toBe(401);
    const [event] = await db.webhookEvent.findMany();
    expect(event).toMatchObject({ status: "REJECTED", bodyBytes: Buffer.byteLength(body), bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(event.eventId).toBe(`rejected:sha256:${event.bodySha256}`);
    expect(event.rawBody).toBe(body.slice(0, REJECTED_BODY_KEPT_BYTES));
    const audit = await db.auditEvent.findMany();
    expect(audit).toMatchObject([{ action: "kard.webhook.receive", outcome: "DENIED", ip: "203.0.113.50" }]);
    expect(JSON.stringify(audit).length).toBeLessThan(4096);
  });

  it("ten 255 KiB forged deliveries store about 40 KiB, not 2.6 MB", async () => {
    for (let i = 0; i < 10; i++) expect((await deliver(bigBody(`n-${i}`, 255 * 1024))).status).toBe(401);
    const events = await db.webhookEvent.findMany();
    expect(events).toHaveLength(10);
    const stored = events.reduce((sum, e) => sum + e.rawBody.length + e.headers.length, 0);
    expect(stored).toBeLessThan(10 * (REJECTED_BODY_KEPT_BYTES + 1024));
  });

  it("rate-limits rejected deliveries per source with 429 and Retry-After, storing nothing more", async () => {
    for (let i = 0; i < REJECTED_PER_SOURCE.points; i++) expect((await deliver(`{"n":${i}}`)).status).toBe(401);
    const over = await deliver('{"n":"over"}');

    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.webhookEvent.count()).toBe(REJECTED_PER_SOURCE.points);
    expect(await db.auditEvent.count()).toBe(REJECTED_PER_SOURCE.points);
    expect((await deliver('{"n":"other source"}', { ip: "198.51.100.9" })).status).toBe(401);
  });

  it("never throttles a delivery whose signature verifies", async () => {
    for (let i = 0; i < REJECTED_PER_SOURCE.points; i++) await deliver(`{"n":${i}}`);
    const body = kardNotification("validTransaction", "n-valid");
    expect((await deliver(body, { signature: hmacBase64(body) })).status).toBe(200);
  });

  it("logs each refusal in one line", async () => {
    const warn = vi.spyOn(logger, "warn");
    try {
      await deliver('{"forged":true}');
      expect(warn).toHaveBeenCalledTimes(1);
      const [fields, message] = warn.mock.calls[0] as [Record<string, unknown>, string];
      expect(message).toBe("webhook refused: signature not verified (stored REJECTED)");
      expect(fields).toMatchObject({ provider: "kard", ip: "203.0.113.50", signature: "INVALID" });
      expect(JSON.stringify(fields)).not.toContain("forged");
    } finally {
      warn.mockRestore();
    }
  });

  it("ages rejected events out after the retention period, keeping verified ones", async () => {
    await deliver('{"old":1}');
    const body = kardNotification("validTransaction", "n-kept");
    await deliver(body, { signature: hmacBase64(body) });
    await db.webhookEvent.updateMany({ data: { receivedAt: new Date(Date.now() - 8 * 86_400_000) } });

    expect(await pruneRejectedWebhookEvents()).toBe(1);
    expect((await db.webhookEvent.findMany()).map((e) => e.status)).not.toContain("REJECTED");
    expect(await db.webhookEvent.count()).toBe(1);
  });
});
