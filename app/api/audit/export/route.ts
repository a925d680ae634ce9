import { auditQueryOf } from "@/app/(console)/audit/audit-search-params";
import { auditFilterSchema, streamAuditCsv } from "@/lib/audit/query";
import { staffActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { csvAttachment } from "@/lib/csv";
import { requestContext } from "@/lib/request-context";

/**
 * GET /api/audit/export?actor=&action=&provider=&outcome=&from=&to= — every audit event matching
 * the /audit filter (all pages, newest first) as a streamed CSV download (AUDIT_CSV_COLUMNS).
 * Needs `audit.export`; each export is itself audited (`audit.history.export`, the filter as its
 * request). An invalid filter answers 400 with the fields at fault.
 */
export async function GET(req: Request) {
  return withRoutePermission("audit.export", "audit.history.export", async (staff) => {
    // An export covers every page of the filter, so a cursor in the URL is ignored.
    const filter = { ...auditQueryOf(Object.fromEntries(new URL(req.url).searchParams)), cursor: undefined };
    const parsed = auditFilterSchema.safeParse(filter);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
      return Response.json(
        { error: { code: "VALIDATION", message: `Invalid filter: ${fields.join(", ")}.`, fields } },
        { status: 400 },
      );
    }
    await recordAudit({
      actor: staffActor(staff, await requestContext()),
      action: "audit.history.export",
      outcome: "SUCCEEDED",
      request: filter,
    });
    const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);
    return csvAttachment(streamAuditCsv(filter), `audit-history-${stamp}Z.csv`);
  });
}
