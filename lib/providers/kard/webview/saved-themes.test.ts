import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { OperationError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { deleteTheme, listSavedThemes, saveTheme } from "./saved-themes";

let testDb: TestDatabase;
let db: PrismaClient;
const by = { staff: { id: "staff-1", email: "operator@example.com", role: "OPERATOR" }, context: { ip: "198.51.100.4", userAgent: "test" } };

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.webviewTheme.deleteMany();
});

describe("saved WebView themes", () => {
  it("saves the normalised overrides, replaces by name, and audits each save with the change", async () => {
    const first = await saveTheme({ name: "Brand", theme: { labels: { rewardsTitle: "Mes récompenses" }, styles: { light: {} } } }, by);
    expect(first.theme).toEqual({ labels: { rewardsTitle: "Mes récompenses" } });
    const second = await saveTheme({ name: "Brand", theme: { theme: "dark" } }, by);
    expect(second.id).toBe(first.id);
    expect(await listSavedThemes()).toEqual([expect.objectContaining({ id: first.id, name: "Brand", theme: { theme: "dark" }, createdByEmail: "operator@example.com" })]);

    const rows = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.action, r.outcome, r.target, r.provider])).toEqual([
      ["kard.webview.theme-save", "SUCCEEDED", "Brand", "kard"],
      ["kard.webview.theme-save", "SUCCEEDED", "Brand", "kard"],
    ]);
    expect(JSON.parse(rows[1].responseSummary!)).toEqual({ id: first.id, replaced: true });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("leaves out rows of other merchants and rows whose JSON no longer validates", async () => {
    await db.webviewTheme.create({ data: { merchantId: "other", name: "Theirs", theme: "{}" } });
    await db.webviewTheme.create({ data: { name: "Broken", theme: '{"styles":{"light":{"primary":"nope"}}}' } });
    await saveTheme({ name: "Ours", theme: {} }, by);
    expect((await listSavedThemes()).map((t) => t.name)).toEqual(["Ours"]);
  });

  it("deletes with an audit row, and audits a delete of a missing theme as FAILED", async () => {
    const saved = await saveTheme({ name: "Old", theme: { layout: { showMap: false } } }, by);
    await deleteTheme({ id: saved.id }, by);
    expect(await db.webviewTheme.count()).toBe(0);
    await expect(deleteTheme({ id: saved.id }, by)).rejects.toEqual(new OperationError("NOT_FOUND", "This theme no longer exists; it may have been deleted already."));
    const rows = await db.auditEvent.findMany({ where: { action: "kard.webview.theme-delete" }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.outcome, r.target])).toEqual([
      ["SUCCEEDED", "Old"],
      ["FAILED", saved.id],
    ]);
  });
});
