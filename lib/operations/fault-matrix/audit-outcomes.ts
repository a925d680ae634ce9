import type { AuditEvent } from "@prisma/client";

/**
 * What is wrong with the audit rows of one cell, or [] when nothing is: within each
 * (action, target), every REQUESTED row is followed by exactly one outcome row (SUCCEEDED,
 * FAILED, UNKNOWN) before that pair's next REQUESTED, and no REQUESTED is left without one.
 * An outcome row with no REQUESTED before it is a local change (a sync, an operator's
 * resolution) and is allowed. `rows` in `seq` order.
 */
export function unpairedOutcomes(rows: Pick<AuditEvent, "seq" | "action" | "target" | "outcome">[]): string[] {
  const open = new Map<string, { seq: number; outcomes: number }>();
  const problems: string[] = [];
  const close = (key: string) => {
    const attempt = open.get(key);
    if (attempt && attempt.outcomes !== 1) problems.push(`${key}: REQUESTED #${attempt.seq} has ${attempt.outcomes} outcomes`);
    open.delete(key);
  };
  for (const row of rows) {
    const key = `${row.action} ${row.target ?? ""}`;
    if (row.outcome === "REQUESTED") {
      close(key);
      open.set(key, { seq: row.seq, outcomes: 0 });
    } else {
      const attempt = open.get(key);
      if (attempt) attempt.outcomes += 1;
    }
  }
  for (const key of [...open.keys()]) close(key);
  return problems;
}
