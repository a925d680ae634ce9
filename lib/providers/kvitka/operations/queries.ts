import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { KvitkaClient } from "../client";
import type { KvitkaRateLimiterState } from "../rate-limiter";
import { loadOperation, operationTarget } from "./operation-record";
import type { Direction, OperationStatus } from "./statuses";
import { type KvitkaOperationDto, type OperationStepDto, toOperationDto } from "./operation-dto";
import { providerClient } from "@/lib/providers/registry";

export interface OperationFilter {
  direction?: Direction;
  status?: OperationStatus;
  take?: number;
}

const TARGET_PREFIX = operationTarget({ id: "" });

async function stepsByOperation(ids: string[]): Promise<Map<string, OperationStepDto[]>> {
  const events = await db.auditEvent.findMany({
    where: { provider: "kvitka", target: { in: ids.map((id) => operationTarget({ id })) } },
    orderBy: { seq: "asc" },
    select: { target: true, action: true, outcome: true, createdAt: true, errorCode: true, actorEmail: true },
  });
  const steps = new Map<string, OperationStepDto[]>();
  for (const e of events) {
    const id = e.target!.slice(TARGET_PREFIX.length);
    const list = steps.get(id) ?? [];
    list.push({ action: e.action, outcome: e.outcome, at: e.createdAt.toISOString(), errorCode: e.errorCode, actorEmail: e.actorEmail });
    steps.set(id, list);
  }
  return steps;
}

/** Operations newest first (at most `take`, default 100), each with its audited steps. */
export async function listOperations(filter: OperationFilter = {}): Promise<KvitkaOperationDto[]> {
  const where: Prisma.KvitkaOperationWhereInput = {
    ...(filter.direction ? { direction: filter.direction } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const ops = await db.kvitkaOperation.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: filter.take ?? 100 });
  const steps = await stepsByOperation(ops.map((o) => o.id));
  const now = Date.now();
  return ops.map((o) => toOperationDto(o, steps.get(o.id) ?? [], now));
}

/** One operation with its steps. @throws OperationError NOT_FOUND */
export async function operationDetail(id: string): Promise<KvitkaOperationDto> {
  const op = await loadOperation(id);
  const steps = await stepsByOperation([id]);
  return toOperationDto(op, steps.get(id) ?? []);
}

/** Operations counted by status, for the filter chips. */
export async function countOperationsByStatus(): Promise<Record<string, number>> {
  const groups = await db.kvitkaOperation.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}

export const HISTOGRAM_BUCKET_MS = 10_000;

export interface LimiterSnapshot extends KvitkaRateLimiterState {
  /**
   * Requests this console sent to KvitkaCard in the last window, per 10 s bucket, oldest first,
   * counted from the REQUESTED audit rows (one is written just before each request).
   */
  perBucket: number[];
  at: number;
}

/** The rate limiter's state and a per-10-second count of recent requests. */
export async function limiterSnapshot(client: KvitkaClient = providerClient("kvitka"), now = Date.now()): Promise<LimiterSnapshot> {
  const state = await client.limiter.state();
  const since = now - state.windowMs;
  const rows = await db.auditEvent.findMany({
    where: { provider: "kvitka", outcome: "REQUESTED", createdAt: { gt: new Date(since) } },
    select: { createdAt: true },
  });
  const perBucket = Array.from({ length: Math.ceil(state.windowMs / HISTOGRAM_BUCKET_MS) }, () => 0);
  for (const r of rows) {
    const index = Math.floor((r.createdAt.getTime() - since) / HISTOGRAM_BUCKET_MS);
    if (index >= 0 && index < perBucket.length) perBucket[index] += 1;
  }
  return { ...state, perBucket, at: now };
}
