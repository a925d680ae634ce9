import type { Actor, StaffActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { OperationError } from "@/lib/errors";
import { jobNamed } from "./jobs";
import type { JobName } from "./names";
import { toRunDto, type JobRunDto } from "./queries";
import { executeJob } from "./run-job";

/**
 * "Run now" on Settings → Jobs: runs the job in this request's process at once (MANUAL, the staff
 * member's email kept on the run), whichever runner schedules it — executeJob's claim keeps it
 * from overlapping a scheduled run on any instance. Audited `jobs.job.run` (target `job:<name>`):
 * SUCCEEDED with what it changed, or FAILED with the run's error or ALREADY_RUNNING.
 * @returns the finished run. @throws OperationError NOT_FOUND, ALREADY_RUNNING, JOB_FAILED (the run is recorded).
 */
export async function runJobNow({ job: name }: { job: JobName }, actor: Actor<StaffActor>): Promise<JobRunDto> {
  const job = jobNamed(name);
  if (!job) throw new OperationError("NOT_FOUND", "There is no such job.");
  const base = { actor, action: "jobs.job.run" as const, target: `job:${name}`, provider: null };
  const started = performance.now();
  const outcome = await executeJob(job, { trigger: "MANUAL", triggeredBy: actor.staff.email });
  const durationMs = Math.round(performance.now() - started);
  if (!outcome.ran) {
    const since = outcome.running ? ` (since ${outcome.running.startedAt.toISOString()})` : "";
    const message = `${job.title} is running already${since}; its result will show here when it finishes.`;
    await recordAudit({ ...base, outcome: "FAILED", errorCode: "ALREADY_RUNNING", message, durationMs });
    throw new OperationError("ALREADY_RUNNING", message);
  }
  const { run } = outcome;
  if (run.outcome !== "SUCCEEDED") {
    await recordAudit({ ...base, outcome: "FAILED", errorCode: "JOB_FAILED", message: run.error, response: { runId: run.id }, durationMs });
    throw new OperationError("JOB_FAILED", `${job.title} failed: ${run.error ?? "no message"}. The run is listed below.`);
  }
  await recordAudit({ ...base, outcome: "SUCCEEDED", message: run.summary, response: { runId: run.id, changed: run.changed }, durationMs });
  return toRunDto(run);
}
