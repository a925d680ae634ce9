import { Cron } from "croner";
import type { JobSchedule } from "./define-job";

/** The cron expression of a schedule (UTC, minute resolution). @throws Error for an interval outside 1–59 minutes. */
export function cronOf(schedule: JobSchedule): string {
  if ("cron" in schedule) return schedule.cron;
  const n = schedule.everyMinutes;
  if (!Number.isInteger(n) || n < 1 || n > 59) throw new Error(`everyMinutes must be a whole number of minutes from 1 to 59 (got ${n})`);
  return n === 1 ? "* * * * *" : `*/${n} * * * *`;
}

/** When a job on `schedule` next runs after `from` (UTC). */
export function nextRunAt(schedule: JobSchedule, from = new Date()): Date | null {
  return new Cron(cronOf(schedule), { timezone: "UTC", paused: true }).nextRun(from);
}

/** The schedule in words: "every 5 minutes", "cron 17 * * * * (UTC)". */
export function describeSchedule(schedule: JobSchedule): string {
  if ("cron" in schedule) return `cron ${schedule.cron} (UTC)`;
  return schedule.everyMinutes === 1 ? "every minute" : `every ${schedule.everyMinutes} minutes`;
}
