import { Timer } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { jobsOverview, type JobRunDto, type SchedulerDto } from "@/lib/jobs/queries";
import { RunNowButton } from "./run-now-button";

export const metadata: Metadata = { title: "Jobs" };
export const dynamic = "force-dynamic";

const OUTCOMES: StatusVariantMap = { SUCCEEDED: "success", RUNNING: "info", FAILED: "destructive", INTERRUPTED: "warning" };
const TRIGGERS: Record<string, string> = { SCHEDULE: "schedule", MANUAL: "run now", ENQUEUED: "requested by a record" };

function SchedulerBadge({ scheduler }: { scheduler: SchedulerDto }) {
  if (scheduler.state === "running") {
    return <Badge variant="success">{scheduler.kind === "pg-boss" ? "Scheduled by pg-boss (PostgreSQL)" : "Scheduled in this process"}</Badge>;
  }
  if (scheduler.state === "failed") return <Badge variant="destructive" title={scheduler.error}>Scheduler failed to start</Badge>;
  return <Badge variant="warning">Schedules off: {scheduler.reason}</Badge>;
}

function duration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function RunResult({ run }: { run: JobRunDto }) {
  return <span className={run.error ? "text-destructive" : undefined}>{run.error ?? run.summary ?? "—"}</span>;
}

export default async function JobsPage() {
  const staff = await requirePagePermission("jobs.read");
  const canRun = can(staff.role, "jobs.run");
  const { scheduler, jobs, runs } = await jobsOverview();

  return (
    <div className="space-y-6">
      <PageHeader
        title="Jobs"
        description="Background work the console does by itself: reconciling lost answers, polling fulfilment, re-applying webhooks, anchoring the audit chain and ageing data out. Every run is recorded."
        actions={<SchedulerBadge scheduler={scheduler} />}
      />
      {scheduler.state === "failed" ? (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-4 py-3 text-sm text-destructive-soft-foreground">
          The scheduler could not start in this process: {scheduler.error}. Runs still work from “Run now”.
        </p>
      ) : null}
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Job</TableHead>
              <TableHead>Schedule</TableHead>
              <TableHead>Last run</TableHead>
              <TableHead>Next run</TableHead>
              <TableHead className="text-right">Failures</TableHead>
              <TableHead className="text-right">Changed (24 h)</TableHead>
              {canRun ? (
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {jobs.map((job) => (
              <TableRow key={job.name} data-testid="job-row" data-job={job.name} className="align-top">
                <TableCell className="max-w-sm whitespace-normal">
                  <div className="font-medium">{job.title}</div>
                  <div className="text-xs text-muted-foreground">{job.description}</div>
                </TableCell>
                <TableCell className="text-sm">{job.schedule}</TableCell>
                <TableCell className="max-w-md text-sm whitespace-normal" data-testid="job-last-run">
                  {job.lastRun ? (
                    <div className="space-y-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <StatusBadge status={job.lastRun.outcome} variants={OUTCOMES} />
                        <RelativeTime date={job.lastRun.startedAt} className="text-muted-foreground" />
                      </div>
                      <div className="text-xs">
                        <RunResult run={job.lastRun} />
                      </div>
                    </div>
                  ) : (
                    <span className="text-muted-foreground">Never run</span>
                  )}
                </TableCell>
                <TableCell className="text-sm">
                  {job.nextRunAt ? <RelativeTime date={job.nextRunAt} /> : <span className="text-muted-foreground">Not scheduled</span>}
                </TableCell>
                <TableCell className="text-right text-sm tabular-nums">
                  <span title="Failed or interrupted runs in the last 24 hours">{job.failures24h}</span>
                  {job.failingSince > 0 ? (
                    <div className="text-xs text-destructive">{job.failingSince} since the last success</div>
                  ) : null}
                </TableCell>
                <TableCell className="text-right text-sm tabular-nums">{job.changed24h}</TableCell>
                {canRun ? (
                  <TableCell>
                    <RunNowButton job={job.name} title={job.title} description={job.description} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <section className="space-y-2">
        <h2 className="text-base font-semibold">Recent runs</h2>
        {runs.length === 0 ? (
          <EmptyState icon={Timer} title="No runs yet" description="Each job's runs appear here once its schedule fires or someone runs it." />
        ) : (
          <div className="rounded-md border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Started</TableHead>
                  <TableHead>Job</TableHead>
                  <TableHead>Trigger</TableHead>
                  <TableHead>Outcome</TableHead>
                  <TableHead className="text-right">Took</TableHead>
                  <TableHead className="text-right">Changed</TableHead>
                  <TableHead>What it did</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {runs.map((run) => (
                  <TableRow key={run.id} data-testid="job-run" data-job={run.job} className="align-top">
                    <TableCell className="text-sm">
                      <RelativeTime date={run.startedAt} />
                    </TableCell>
                    <TableCell className="text-sm">{jobs.find((j) => j.name === run.job)?.title ?? run.job}</TableCell>
                    <TableCell className="text-sm">
                      {TRIGGERS[run.trigger] ?? run.trigger}
                      {run.triggeredBy ? <div className="text-xs text-muted-foreground">{run.triggeredBy}</div> : null}
                    </TableCell>
                    <TableCell>
                      <StatusBadge status={run.outcome} variants={OUTCOMES} />
                    </TableCell>
                    <TableCell className="text-right text-sm tabular-nums">{duration(run.durationMs)}</TableCell>
                    <TableCell className="text-right text-sm tabular-nums">{run.changed}</TableCell>
                    <TableCell className="max-w-md text-xs whitespace-normal">
                      <RunResult run={run} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
