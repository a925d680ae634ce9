import type { AuditAction } from "@/lib/audit/actions";
import type { FaultRule } from "@/lib/sandbox/faults";
import type { ProviderSlug } from "@/lib/providers/slugs";

/** One local record a step wrote, as the matrix judges it. */
export interface LocalRecord {
  id: string;
  status: string;
  /** The record says the money moved (the provider applied the step). */
  moved: boolean;
  /** The record has an outcome: not UNKNOWN, not waiting for an answer. */
  settled: boolean;
}

/**
 * One money-moving step of one provider, as the fault matrix drives it. A new provider's step is
 * one more object of this shape in its provider's rows (see ./steps.ts):
 * - `setup` brings the world to just before the step (e.g. a fulfilled order to refund) and
 *   returns what the other members need;
 * - `run` performs the step as the console does (operation + audited call); a ProviderError it
 *   throws is the provider's refusal and is part of the cell;
 * - `reconcile` runs whatever the console offers to settle a record whose answer was lost
 *   (reconciliation reads, or an operator's resolution with what the provider says);
 * - `providerCount` reads the sandbox's own state: how many times the provider applied this
 *   step's money movement (never more than 1);
 * - `localRecords` reads the console's records the step wrote.
 */
export interface MoneyStep<C = unknown> {
  provider: ProviderSlug;
  name: string;
  /** Where the step reaches the provider: the faults are injected on this request only. */
  request: Pick<FaultRule, "method" | "pathIncludes">;
  /** The step's own audit action: sent once, one outcome (a resend by reconciliation is audited under its reconcile action). */
  action: AuditAction;
  setup(): Promise<C>;
  run(ctx: C): Promise<unknown>;
  reconcile(ctx: C): Promise<unknown>;
  providerCount(ctx: C): Promise<number>;
  localRecords(ctx: C): Promise<LocalRecord[]>;
}

/**
 * One provider's rows of the matrix: its steps, and `clear` — before every cell, the provider's
 * local tables emptied and its sandbox made quiet (the matrix resets every sandbox itself).
 */
export interface ProviderRows {
  provider: ProviderSlug;
  clear(): Promise<void>;
  steps: MoneyStep[];
}

/** Lets a table hold steps of different context types. */
export const step = <C>(s: MoneyStep<C>): MoneyStep => s as unknown as MoneyStep;

/** A fault of the matrix and whether the provider applies the request under it. */
export interface MatrixFault {
  name: string;
  rule: FaultRule["fault"];
  applied: boolean;
}

/**
 * Every fault kind of lib/sandbox/faults.ts: added latency (below the test's provider timeout),
 * a 5xx, a 429 with Retry-After, a timeout (not applied) and a response lost after the provider
 * applied the change.
 */
export const MATRIX_FAULTS: MatrixFault[] = [
  { name: "latency", rule: { kind: "latency", ms: 40 }, applied: true },
  { name: "5xx", rule: { kind: "status", status: 503 }, applied: false },
  { name: "429", rule: { kind: "status", status: 429, retryAfterSeconds: 1 }, applied: false },
  { name: "timeout", rule: { kind: "timeout" }, applied: false },
  { name: "lost response", rule: { kind: "lost-response" }, applied: true },
];
