import type { PrismaClient } from "@prisma/client";
import Papa from "papaparse";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { GET } from "./route";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "export-test" }) }));

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.giftCardOrder.deleteMany();
  await db.staffUser.deleteMany();
  const viewer = await db.staffUser.create({ data: { email: "viewer@example.com", name: "Viewer", role: "VIEWER", passwordHash: "unused" } });
  session.userId = viewer.id;
});

const FORMULA = '=HYPERLINK("http://evil.example/x","click")';

describe("finding 8: CSV formula injection in /api/gift-cards/orders/export", () => {
  it("neutralises a sender name that a spreadsheet would run as a formula", async () => {
    await db.giftCardOrder.create({
      data: {
        idempotencyKey: "key-1", productId: 1, productName: "Amazon US", currencyCode: "USD", unitPrice: "25", quantity: 1,
        senderName: FORMULA, feeAmount: "0.50", totalAmount: "-25.50", status: "FULFILLED",
      },
    });

    const response = await GET(new Request("http://localhost/api/gift-cards/orders/export"));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="gift-card-orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0].senderName).toBe(`'${FORMULA}`);
    expect(csv.data[0].totalAmount).toBe("-25.5");
  });
});
