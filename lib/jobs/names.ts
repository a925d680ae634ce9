/**
 * The names of the console's background jobs, one per definition in ./definitions (listed in
 * ./jobs.ts). Kept apart from the definitions so that code the jobs call (operations, the inbox)
 * can ask for a run (./enqueue.ts) without importing the jobs themselves.
 */
export const JOB_NAMES = [
  "reconcile-unknown",
  "ktn-fulfilment",
  "kvitka-stuck",
  "webhook-reapply",
  "audit-checkpoint",
  "data-retention",
] as const;

export type JobName = (typeof JOB_NAMES)[number];
