import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { receiveWebhook } from "@/lib/webhooks/inbox";
import { kardWebhooks } from "@/lib/providers/kard/webhooks";
import { hmacBase64, KARD_USER, kardNotification } from "@/lib/providers/kard/testing/webhooks";
import { GET } from "./route";

// Only the session is faked: the permission check, the staff lookup and the DENIED audit row are real.
const fake = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (fake.userId ? { user: { id: fake.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

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
  await db.staffUser.deleteMany();
  fake.userId = null;
});

async function signIn(role: Role) {
  const user = await db.staffUser.create({ data: { email: `${role.toLowerCase()}@example.com`, name: role, role, passwordHash: "unused" } });
  fake.userId = user.id;
}

function deliver(body: string, signature: string | null = hmacBase64(body)) {
  return receiveWebhook({ ...kardWebhooks, rawBody: body, headers: new Headers(signature ? { "notify-signature": signature } : {}) });
}

async function get(query = "") {
  const response = await GET(new Request(`http://console.test/api/webhook-events${query}`));
  return { status: response.status, body: (await response.json()) as { events: Record<string, unknown>[]; truncated: boolean; error?: { code: string } } };
}

describe("GET /api/webhook-events", () => {
  it("lists events of every provider newest first, without bodies or headers", async () => {
    await signIn("SUPPORT");
    await deliver(kardNotification("earnedRewardApproved", "n-1", { transactionId: "tx-1" }));
    await deliver(kardNotification("clawback", "n-2", { transactionId: "tx-1" }));

    const { status, body } = await get();

    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    expect(body.events.map((e) => e.eventId)).toEqual(["n-2", "n-1"]);
    expect(body.events[1]).toMatchObject({
      provider: "kard",
      providerName: "Kard",
      type: "earnedRewardApproved",
      signatureStatus: "VALID",
      status: "APPLIED",
      deliveries: 1,
      relatedUserId: KARD_USER,
      relatedUserHref: `/kard/users/${KARD_USER}`,
      relatedRecord: { type: "transaction", id: "tx-1" },
    });
    expect(body.events[0]).not.toHaveProperty("rawBody");
    expect(body.events[0]).not.toHaveProperty("headers");
  });

  it("filters by provider, type, signature status and status; ignores unknown values", async () => {
    await signIn("OPERATOR");
    await deliver(kardNotification("earnedRewardApproved", "n-ok"));
    await deliver(kardNotification("clawback", "n-forged"), "forged");

    expect((await get("?signatureStatus=INVALID")).body.events.map((e) => e.status)).toEqual(["REJECTED"]);
    expect((await get("?status=APPLIED&type=earnedRewardApproved&provider=kard")).body.events.map((e) => e.eventId)).toEqual(["n-ok"]);
    expect((await get("?provider=ktn")).body.events).toEqual([]);
    expect((await get("?status=bogus&type=")).body.events).toHaveLength(2);
  });

  it("refuses a VIEWER (403) and a signed-out caller (401), auditing the refusal", async () => {
    expect((await get()).status).toBe(401);
    await signIn("VIEWER");
    expect(await get()).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    expect(await db.auditEvent.findMany({ orderBy: { seq: "asc" } })).toEqual([
      expect.objectContaining({ action: "webhook.event.read", outcome: "DENIED", errorCode: "UNAUTHENTICATED" }),
      expect.objectContaining({ action: "webhook.event.read", outcome: "DENIED", errorCode: "FORBIDDEN", role: "VIEWER" }),
    ]);
  });
});
