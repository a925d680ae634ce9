import { logger } from "@/lib/log";
import { signCheckpoint } from "./checkpoint";
import { configuredCheckpointStore, type CheckpointStore } from "./checkpoint-store";
import { auditChainKey } from "./chain-key";

/**
 * When checkpoints are written: after every `every` appended rows (AUDIT_CHECKPOINT_EVERY,
 * default 100), and at most `intervalMs` after the first row not anchored yet
 * (AUDIT_CHECKPOINT_INTERVAL_MS, default 10 000), so a quiet console still anchors its last rows
 * within seconds; never once per row (a checkpoint is one append to the store). A process about
 * to exit (a script) writes its pending checkpoint first. A failing store is logged and never
 * fails the audit write (the row is already committed).
 * Source: issue 11, finding 5.
 */
export interface CheckpointPolicy {
  store: CheckpointStore | null;
  every: number;
  intervalMs: number;
}

interface Head {
  seq: number;
  hash: string;
}

interface State {
  policy: CheckpointPolicy;
  head: Head | null;
  pending: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const holder = globalThis as { __auditCheckpointing?: State };

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function policyFromEnv(): CheckpointPolicy {
  return {
    store: configuredCheckpointStore(),
    every: positiveInt(process.env.AUDIT_CHECKPOINT_EVERY, 100),
    intervalMs: positiveInt(process.env.AUDIT_CHECKPOINT_INTERVAL_MS, 10_000),
  };
}

function state(): State {
  if (!holder.__auditCheckpointing) {
    holder.__auditCheckpointing = { policy: policyFromEnv(), head: null, pending: 0, timer: null };
    process.once("beforeExit", () => void flushAuditCheckpoint());
  }
  return holder.__auditCheckpointing;
}

/** Replaces the policy (tests, benchmarks) and forgets the rows not anchored yet; undefined: back to the environment's. */
export function configureAuditCheckpoints(policy?: Partial<CheckpointPolicy>): void {
  const current = state();
  if (current.timer) clearTimeout(current.timer);
  holder.__auditCheckpointing = { policy: { ...policyFromEnv(), ...policy }, head: null, pending: 0, timer: null };
}

/** Writes a checkpoint of the newest committed row when rows were appended since the last one. */
export async function flushAuditCheckpoint(): Promise<void> {
  const s = state();
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  const { head, pending, policy } = s;
  if (!head || pending === 0 || !policy.store) return;
  s.pending = 0;
  try {
    await policy.store.append(signCheckpoint({ seq: head.seq, hash: head.hash, at: new Date().toISOString() }, auditChainKey()));
  } catch (error) {
    logger.error({ err: error, store: policy.store.location, seq: head.seq }, "audit checkpoint not written");
  }
}

/**
 * Called after rows are committed (under the chain lock): `head` is the newest of the `count` rows.
 * Writes a checkpoint when `every` rows are pending, else makes sure one follows within `intervalMs`.
 */
export async function noteAuditAppended(head: Head, count: number): Promise<void> {
  const s = state();
  if (!s.policy.store || count === 0) return;
  s.head = head;
  s.pending += count;
  if (s.pending >= s.policy.every) return flushAuditCheckpoint();
  if (!s.timer) {
    s.timer = setTimeout(() => void flushAuditCheckpoint(), s.policy.intervalMs);
    s.timer.unref();
  }
}
