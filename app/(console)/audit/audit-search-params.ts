import { auditFilterSchema, type AuditFilter } from "@/lib/audit/query";

/** The search params the /audit page and the export route understand (limit stays the default). */
export const AUDIT_QUERY_FIELDS = ["actor", "action", "provider", "outcome", "from", "to", "cursor"] as const;
export type AuditQueryField = (typeof AUDIT_QUERY_FIELDS)[number];

/** The filter as strings, exactly as they go back into links and the GET form. */
export type AuditQuery = Partial<Record<AuditQueryField, string>>;

type SearchParams = Record<string, string | string[] | undefined>;

/** The non-empty, trimmed first value of each known field. */
export function auditQueryOf(params: SearchParams): AuditQuery {
  const query: AuditQuery = {};
  for (const field of AUDIT_QUERY_FIELDS) {
    const raw = params[field];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) query[field] = value;
  }
  return query;
}

/**
 * Reads the /audit page's search params: a field that does not parse (an unknown action, a
 * malformed date, …) is dropped and named in `ignored`, so a hand-edited URL still shows a page
 * instead of an error. `query` holds the fields kept, for links.
 */
export function readAuditSearchParams(params: SearchParams): { query: AuditQuery; filter: AuditFilter; ignored: AuditQueryField[] } {
  const query = auditQueryOf(params);
  const ignored: AuditQueryField[] = [];
  for (;;) {
    const parsed = auditFilterSchema.safeParse(query);
    if (parsed.success) return { query, filter: parsed.data, ignored };
    const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]).filter((key): key is AuditQueryField => typeof key === "string" && key in query));
    // Every field we pass is one of ours; an issue elsewhere would loop forever, so surface it.
    if (bad.size === 0) throw parsed.error;
    for (const field of bad) {
      delete query[field];
      ignored.push(field);
    }
  }
}

function withQuery(path: string, query: AuditQuery): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return search ? `${path}?${search}` : path;
}

/** A link to the /audit page with `query` (e.g. the next page: `{ ...query, cursor }`). */
export function auditPageHref(query: AuditQuery): string {
  return withQuery("/audit", query);
}

/** The CSV export of the same filter, every page (the cursor is dropped). */
export function auditExportHref(query: AuditQuery): string {
  return withQuery("/api/audit/export", { ...query, cursor: undefined });
}
