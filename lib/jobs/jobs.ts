import type { JobDefinition } from "./define-job";
import { auditCheckpointJob } from "./definitions/audit-checkpoint";
import { dataRetentionJob } from "./definitions/data-retention";
import { ktnFulfilmentJob } from "./definitions/ktn-fulfilment";
import { kvitkaStuckJob } from "./definitions/kvitka-stuck";
import { reconcileUnknownJob } from "./definitions/reconcile-unknown";
import { webhookReapplyJob } from "./definitions/webhook-reapply";
import type { JobName } from "./names";

/** Every background job, in the order Settings → Jobs lists them; each name of JOB_NAMES once. */
export const JOBS: readonly JobDefinition[] = [
  reconcileUnknownJob,
  ktnFulfilmentJob,
  kvitkaStuckJob,
  webhookReapplyJob,
  auditCheckpointJob,
  dataRetentionJob,
];

/** The job named `name`, or undefined. */
export function jobNamed(name: JobName): JobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
