import type { KvitkaOperation, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { providerClient } from "@/lib/providers/registry";
import type { KvitkaRateLimiterState } from "../rate-limiter";
import { checkDepositLimits, type LimitCheck } from "./deposit-limits";
import { operationTarget } from "./operation-record";
import type { Direction, OperationStatus } from "./statuses";
import { type KvitkaOperationDto, type OperationStepDto, toOperationDto } from "./operation-dto";

export interface OperationFilter {
  direction?: Direction;
  status?: OperationStatus;
  take?: number;
}

const TARGET_PREFIX = operationTarget({ id: "" });

async function stepsByOperation(ids: string[]): Promise<Map<string, OperationStepDto[]>> {
  const events = await db.auditEvent.findMany({
    // By target alone (every kvitka-operation target is Kvitka's): a provider condition beside it
    // lets SQLite pick the provider index and read every Kvitka row (docs/performance.md).
    where: { target: { in: ids.map((id) => operationTarget({ id })) } },
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

/** One operation with its steps; null when there is none with this id. */
export async function operationDetail(id: string): Promise<KvitkaOperationDto | null> {
  const op = await db.kvitkaOperation.findUnique({ where: { id } });
  if (!op) return null;
  const steps = await stepsByOperation([id]);
  return toOperationDto(op, steps.get(id) ?? []);
}

/** An operation as the withdraw and deposit flows show it, with our limit check while a deposit waits for confirm or reject. */
export interface OperationView {
  operation: KvitkaOperationDto;
  /** Points of a `pending_deposit` against our limits; null otherwise. */
  limits: LimitCheck | null;
}

/** {@link OperationView} of a record an operation just returned. */
export async function operationView(op: KvitkaOperation): Promise<OperationView> {
  const pending = op.direction === "DEPOSIT" && op.status === "pending_deposit" ? op.pointsAmount : null;
  return { operation: toOperationDto(op), limits: pending ? await checkDepositLimits(pending.toString(), op.id) : null };
}

/** The flow view of operation `id` in `direction` (a flow resumed from the live view); null when there is none. */
export async function flowOperation(id: string, direction: Direction): Promise<OperationView | null> {
  const op = await db.kvitkaOperation.findFirst({ where: { id, direction } });
  return op ? operationView(op) : null;
}

/** The operations at a glance, for the overview. */
export interface OperationFigures {
  total: number;
  /** Initiated withdrawals and pending deposits: waiting for an operator to confirm, reject or abandon. */
  awaitingOperator: number;
  /** An answer was lost: the state must be learned before anything else. */
  unknown: number;
  /** Deposits completed and withdrawals holding: the points moved. */
  settled: number;
}

export async function operationFigures(): Promise<OperationFigures> {
  const groups = await db.kvitkaOperation.groupBy({ by: ["direction", "status"], _count: { _all: true } });
  const count = (match: (g: { direction: string; status: string }) => boolean) =>
    groups.filter(match).reduce((sum, g) => sum + g._count._all, 0);
  return {
    total: count(() => true),
    awaitingOperator: count((g) => (g.direction === "WITHDRAW" && g.status === "initiated") || (g.direction === "DEPOSIT" && g.status === "pending_deposit")),
    unknown: count((g) => g.status === "unknown"),
    settled: count((g) => (g.direction === "WITHDRAW" && g.status === "holding") || (g.direction === "DEPOSIT" && g.status === "completed")),
  };
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

/** The configured client's rate limiter: its state and a per-10-second count of recent requests. */
export async function limiterSnapshot(now = Date.now()): Promise<LimiterSnapshot> {
  const state = await providerClient("kvitka").limiter.state();
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
