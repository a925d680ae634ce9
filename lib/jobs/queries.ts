import type { JobRun } from "@prisma/client";
import { db } from "@/lib/db";
import { JOBS } from "./jobs";
import type { JobName } from "./names";
import { runnerState } from "./runner";
import { describeSchedule, nextRunAt } from "./schedule";

/** A run as the page shows it: dates as ISO strings, duration in ms (null while running). */
export interface JobRunDto {
  id: string;
  job: string;
  trigger: string;
  triggeredBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  outcome: string;
  changed: number;
  summary: string | null;
  error: string | null;
}

/** One job on Settings → Jobs. */
export interface JobOverview {
  name: JobName;
  title: string;
  description: string;
  schedule: string;
  /** When its schedule next fires (ISO), or null when no runner schedules it in this process. */
  nextRunAt: string | null;
  lastRun: JobRunDto | null;
  /** FAILED or INTERRUPTED runs in the last 24 hours. */
  failures24h: number;
  /** FAILED or INTERRUPTED runs since its last success (all of them if it never succeeded). */
  failingSince: number;
  /** Records changed by its runs in the last 24 hours. */
  changed24h: number;
}

/** How the scheduler stands in the process serving the page. */
export type SchedulerDto = { state: "running"; kind: "in-process" | "pg-boss" } | { state: "off"; reason: string } | { state: "failed"; error: string };

export function toRunDto(run: JobRun): JobRunDto {
  return {
    id: run.id,
    job: run.job,
    trigger: run.trigger,
    triggeredBy: run.triggeredBy,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    outcome: run.outcome,
    changed: run.changed,
    summary: run.summary,
    error: run.error,
  };
}

const FAILED = ["FAILED", "INTERRUPTED"];

/** The scheduler, each job with its last run, next run, failures and changes, and the latest `recent` runs of all jobs. */
export async function jobsOverview({ now = new Date(), recent = 30 }: { now?: Date; recent?: number } = {}) {
  const state = runnerState();
  const scheduler: SchedulerDto = state.state === "running" ? { state: "running", kind: state.runner.kind } : state;
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const jobs: JobOverview[] = await Promise.all(
    JOBS.map(async (job) => {
      const [lastRun, lastSuccess, failures24h, changed] = await Promise.all([
        db.jobRun.findFirst({ where: { job: job.name }, orderBy: { startedAt: "desc" } }),
        db.jobRun.findFirst({ where: { job: job.name, outcome: "SUCCEEDED" }, orderBy: { startedAt: "desc" }, select: { startedAt: true } }),
        db.jobRun.count({ where: { job: job.name, outcome: { in: FAILED }, startedAt: { gte: dayAgo } } }),
        db.jobRun.aggregate({ where: { job: job.name, startedAt: { gte: dayAgo } }, _sum: { changed: true } }),
      ]);
      const failingSince = await db.jobRun.count({
        where: { job: job.name, outcome: { in: FAILED }, ...(lastSuccess ? { startedAt: { gt: lastSuccess.startedAt } } : {}) },
      });
      return {
        name: job.name,
        title: job.title,
        description: job.description,
        schedule: describeSchedule(job.schedule),
        nextRunAt: state.state === "running" ? (nextRunAt(job.schedule, now)?.toISOString() ?? null) : null,
        lastRun: lastRun ? toRunDto(lastRun) : null,
        failures24h,
        failingSince,
        changed24h: changed._sum.changed ?? 0,
      };
    }),
  );
  const runs = (await db.jobRun.findMany({ orderBy: { startedAt: "desc" }, take: recent })).map(toRunDto);
  return { scheduler, jobs, runs };
}
