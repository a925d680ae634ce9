import type { Actor, StaffActor } from "@/lib/audit/actor";
import { auditTransaction, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { normalizeTheme, webviewThemeSchema, type WebviewTheme } from "./theme";

/**
 * Saved WebView themes of the merchant (Prisma `WebviewTheme`, unique per merchant and name):
 * list, save (create or replace by name) and delete, each change written in one transaction
 * with its audit row (`kard.webview.theme-save` / `kard.webview.theme-delete`, target = name).
 * The stored `theme` is the normalised override JSON, the same object the `theme` parameter encodes.
 * One console serves one merchant: its rows use the schema's default merchant id.
 */
const CONSOLE_MERCHANT_ID = "default";

export interface SavedTheme {
  id: string;
  name: string;
  theme: WebviewTheme;
  updatedAt: string;
  createdByEmail: string | null;
}


function toSaved(row: { id: string; name: string; theme: string; updatedAt: Date; createdByEmail: string | null }): SavedTheme | null {
  let json: unknown;
  try {
    json = JSON.parse(row.theme);
  } catch {
    return null;
  }
  const parsed = webviewThemeSchema.safeParse(json);
  return parsed.success ? { id: row.id, name: row.name, theme: parsed.data, updatedAt: row.updatedAt.toISOString(), createdByEmail: row.createdByEmail } : null;
}

/** The merchant's themes by name; a row whose JSON no longer validates is left out. */
export async function listSavedThemes(): Promise<SavedTheme[]> {
  const rows = await db.webviewTheme.findMany({ where: { merchantId: CONSOLE_MERCHANT_ID }, orderBy: { name: "asc" } });
  return rows.map(toSaved).filter((theme): theme is SavedTheme => theme !== null);
}

/** Creates the theme `name`, or replaces the one of that name. */
export async function saveTheme(input: { name: string; theme: WebviewTheme }, actor: Actor<StaffActor>): Promise<SavedTheme> {
  const theme = normalizeTheme(input.theme);
  const json = JSON.stringify(theme);
  return auditTransaction(async (tx, audit) => {
    const existing = await tx.webviewTheme.findUnique({ where: { merchantId_name: { merchantId: CONSOLE_MERCHANT_ID, name: input.name } } });
    const row = existing
      ? await tx.webviewTheme.update({ where: { id: existing.id }, data: { theme: json } })
      : await tx.webviewTheme.create({ data: { merchantId: CONSOLE_MERCHANT_ID, name: input.name, theme: json, createdByEmail: actor.staff.email } });
    await audit({
      actor,
      action: "kard.webview.theme-save",
      target: input.name,
      outcome: "SUCCEEDED",
      request: { name: input.name, theme },
      response: { id: row.id, replaced: Boolean(existing) },
    });
    return { id: row.id, name: row.name, theme, updatedAt: row.updatedAt.toISOString(), createdByEmail: row.createdByEmail };
  });
}

/** @throws OperationError NOT_FOUND (audited as FAILED) when no theme of the merchant has this id. */
export async function deleteTheme({ id }: { id: string }, actor: Actor<StaffActor>): Promise<void> {
  const deleted = await auditTransaction(async (tx, audit) => {
    const row = await tx.webviewTheme.findFirst({ where: { id, merchantId: CONSOLE_MERCHANT_ID } });
    if (!row) return false;
    await tx.webviewTheme.delete({ where: { id } });
    await audit({ actor, action: "kard.webview.theme-delete", target: row.name, outcome: "SUCCEEDED", request: { id }, response: { name: row.name } });
    return true;
  });
  if (!deleted) {
    const error = new OperationError("NOT_FOUND", "This theme no longer exists; it may have been deleted already.");
    await recordAudit({ actor, action: "kard.webview.theme-delete", target: id, outcome: "FAILED", errorCode: error.code, message: error.message });
    throw error;
  }
}
