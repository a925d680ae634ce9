import type { AuditEvent, Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";
import { csvChunks, toCsv } from "@/lib/csv";
import { containsText, getDb } from "@/lib/db";
import { PROVIDER_SLUGS } from "@/lib/providers/slugs";
import { auditActionSchema, auditOutcomeSchema } from "./actions";

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Form fields left empty arrive as "": they mean "no filter". */
function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
}

/**
 * The /audit filter, shared by the page (search params are strings) and `queryAuditEvents`.
 * - actor: part of the actor's email, or an exact actor id. The part match follows the database's
 *   LIKE: ASCII case-insensitive on SQLite, case-sensitive on PostgreSQL.
 * - from / to: inclusive bounds on createdAt; a date-only `to` ("2024-05-01") covers that whole UTC day.
 * - cursor: the `nextCursor` of the previous page (a seq); limit: 1–200 rows, default 50.
 * Source: the audit history issue ("filter by actor, action, provider, outcome, date range; cursor
 * pagination").
 */
export const auditFilterSchema = z.object({
  actor: optionalField(z.string().trim().min(1).max(320)),
  action: optionalField(auditActionSchema),
  provider: optionalField(z.enum(PROVIDER_SLUGS)),
  outcome: optionalField(auditOutcomeSchema),
  from: optionalField(z.coerce.date()),
  to: optionalField(
    z.preprocess(
      (value) => (typeof value === "string" && DATE_ONLY.test(value) ? new Date(Date.parse(value) + DAY_MS - 1) : value),
      z.coerce.date(),
    ),
  ),
  cursor: optionalField(z.coerce.number().int().positive()),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditPage = { events: AuditEvent[]; nextCursor: number | null };

type AuditReader = Pick<PrismaClient, "auditEvent">;

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.actor && { OR: [{ actorEmail: containsText(filter.actor) }, { actorId: filter.actor }] }),
    ...(filter.action && { action: filter.action }),
    ...(filter.provider && { provider: filter.provider }),
    ...(filter.outcome && { outcome: filter.outcome }),
    ...((filter.from || filter.to) && { createdAt: { gte: filter.from, lte: filter.to } }),
  };
}

/**
 * Where a page starts and in which order. Newest first is seq descending; with a date range it
 * is (createdAt, seq) descending, the order of the createdAt index, so the range is read in index
 * order instead of sorting all its rows (the same order unless the clock stepped back); the
 * cursor (a seq) then resumes after that row's (createdAt, seq).
 */
async function orderAndCursor(filter: AuditFilter, client: AuditReader) {
  const dated = Boolean(filter.from || filter.to);
  const orderBy: Prisma.AuditEventOrderByWithRelationInput[] = dated ? [{ createdAt: "desc" }, { seq: "desc" }] : [{ seq: "desc" }];
  if (!filter.cursor) return { orderBy, after: {} };
  const at = dated ? await client.auditEvent.findUnique({ where: { seq: filter.cursor }, select: { createdAt: true } }) : null;
  const after: Prisma.AuditEventWhereInput = at
    ? { OR: [{ createdAt: { lt: at.createdAt } }, { createdAt: at.createdAt, seq: { lt: filter.cursor } }] }
    : { seq: { lt: filter.cursor } };
  return { orderBy, after };
}

async function findPage(filter: AuditFilter, client: AuditReader): Promise<AuditPage> {
  const { orderBy, after } = await orderAndCursor(filter, client);
  const rows = await client.auditEvent.findMany({
    where: { AND: [whereOf(filter), after] },
    orderBy,
    take: filter.limit + 1,
  });
  const events = rows.slice(0, filter.limit);
  return { events, nextCursor: rows.length > filter.limit ? events[events.length - 1].seq : null };
}

/**
 * One page of audit events matching `input`, newest first (see orderAndCursor). `nextCursor` is the
 * cursor of the following page, null on the last one. Throws a ZodError for an invalid filter.
 */
export function queryAuditEvents(input: AuditFilterInput, client: AuditReader = getDb()): Promise<AuditPage> {
  return findPage(auditFilterSchema.parse(input), client);
}

/**
 * Every event matching `input` (its cursor and limit ignored), newest first, `batchSize` rows per
 * query (default 500), yielded one batch at a time. Events written after the first batch are not
 * included. Throws a ZodError for an invalid filter, a RangeError for a batchSize below 1.
 */
export async function* streamAuditEvents(
  input: AuditFilterInput,
  { batchSize = 500 }: { batchSize?: number } = {},
  client: AuditReader = getDb(),
): AsyncGenerator<AuditEvent[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const filter = { ...auditFilterSchema.parse({ ...input, cursor: undefined, limit: undefined }), limit: batchSize };
  do {
    const page = await findPage(filter, client);
    if (page.events.length > 0) yield page.events;
    filter.cursor = page.nextCursor ?? undefined;
  } while (filter.cursor !== undefined);
}

/** CSV columns, in order. */
export const AUDIT_CSV_COLUMNS = [
  "seq", "createdAt", "actorEmail", "role", "action", "provider", "target", "outcome", "errorCode",
  "message", "idempotencyKey", "durationMs", "ip", "userAgent", "hash",
] as const satisfies readonly (keyof AuditEvent)[];

function csvRows(events: AuditEvent[]): unknown[][] {
  return events.map((event) => AUDIT_CSV_COLUMNS.map((column) => event[column]));
}

/**
 * CSV (RFC 4180, CRLF, header row) of `events` with AUDIT_CSV_COLUMNS, written by lib/csv
 * (cells a spreadsheet would run as a formula are prefixed with a quote).
 */
export function auditEventsToCsv(events: AuditEvent[], { header = true }: { header?: boolean } = {}): string {
  return toCsv(csvRows(events), header ? { fields: AUDIT_CSV_COLUMNS } : {});
}

async function* csvBatches(input: AuditFilterInput, options: { batchSize?: number }, client: AuditReader): AsyncGenerator<unknown[][]> {
  for await (const events of streamAuditEvents(input, options, client)) yield csvRows(events);
}

/** The CSV export of every event matching `input`, in chunks: the header, then one chunk per batch. */
export function streamAuditCsv(
  input: AuditFilterInput,
  options: { batchSize?: number } = {},
  client: AuditReader = getDb(),
): AsyncGenerator<string> {
  return csvChunks(AUDIT_CSV_COLUMNS, csvBatches(input, options, client));
}

/** Every audit row about one record (its `target`), oldest first: the record's timeline. */
export function auditTrail(target: string, client: AuditReader = getDb()): Promise<AuditEvent[]> {
  return client.auditEvent.findMany({ where: { target }, orderBy: { seq: "asc" } });
}
