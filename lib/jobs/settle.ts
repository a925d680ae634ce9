import { isProviderError } from "@/lib/providers/provider-error";
import { OperationError } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { JobResult } from "./define-job";

/**
 * How one batch of records went: tried, moved to another state, failed (the provider could not be
 * asked, or refused), and left untried for the next run after too many failures in a row.
 */
export interface Tally {
  tried: number;
  changed: number;
  failed: number;
  left: number;
}

/** After this many failed records in a row the rest of the batch waits for the next run (the provider is likely down). */
export const MAX_FAILURES_IN_A_ROW = 3;

/**
 * Runs `step` on each record in turn (never in parallel: the providers' rate budgets are shared
 * with the operators), counting the records whose state `step` moved (`stateOf`, default the
 * status). A step that throws counts as failed and the rest go on: the record is left as it was
 * for the next run, and the operation has already audited what it tried. After
 * MAX_FAILURES_IN_A_ROW failures in a row the remaining records are left for the next run, so a
 * provider that is down is not asked about every record (and a run stays well inside its lease).
 */
export async function settleEach<R extends { id: string; status: string }, A extends { status: string }>(
  job: string,
  records: readonly R[],
  step: (record: R) => Promise<A>,
  stateOf: (record: R | A) => string = (record) => record.status,
): Promise<Tally> {
  const tally: Tally = { tried: 0, changed: 0, failed: 0, left: 0 };
  let inARow = 0;
  for (const [index, record] of records.entries()) {
    if (inARow >= MAX_FAILURES_IN_A_ROW) {
      tally.left = records.length - index;
      break;
    }
    tally.tried += 1;
    try {
      const after = await step(record);
      inARow = 0;
      if (stateOf(after) !== stateOf(record)) tally.changed += 1;
    } catch (error) {
      tally.failed += 1;
      inARow += 1;
      const expected = isProviderError(error) || error instanceof OperationError;
      logger[expected ? "warn" : "error"]({ err: error, job, record: record.id }, "job step failed");
    }
  }
  return tally;
}

/** One line of a run's summary and the records it changed. */
export interface Part {
  text: string | null;
  changed: number;
}

/** "KTN orders: 2 of 3 settled, 1 could not be checked, 4 left for the next run" (no text when none were tried). */
export function tallied(label: string, tally: Tally): Part {
  if (tally.tried === 0) return { text: null, changed: 0 };
  const failed = tally.failed > 0 ? `, ${tally.failed} could not be checked` : "";
  const left = tally.left > 0 ? `, ${tally.left} left for the next run` : "";
  return { text: `${label}: ${tally.changed} of ${tally.tried} settled${failed}${left}`, changed: tally.changed };
}

/** A line that changes nothing, shown only when `count` > 0. */
export function noted(count: number, text: string): Part {
  return { text: count > 0 ? text : null, changed: 0 };
}

/** `count` records changed, said by `text` (shown only when `count` > 0). */
export function counted(count: number, text: string): Part {
  return { text: count > 0 ? text : null, changed: count };
}

/** The run's result: the changes added up, the lines that say something joined; `fallback` when none does. */
export function combine(parts: Part[], fallback: string): JobResult {
  const said = parts.flatMap((p) => (p.text ? [p.text] : []));
  return { changed: parts.reduce((sum, p) => sum + p.changed, 0), summary: said.length > 0 ? said.join("; ") : fallback };
}
