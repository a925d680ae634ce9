import { describe, expect, it } from "vitest";
import { JOBS } from "./jobs";
import { JOB_NAMES } from "./names";
import { cronOf, describeSchedule, nextRunAt } from "./schedule";

describe("schedules", () => {
  it("turns an interval into a cron on the clock and refuses one pg-boss cannot express", () => {
    expect(cronOf({ everyMinutes: 1 })).toBe("* * * * *");
    expect(cronOf({ everyMinutes: 5 })).toBe("*/5 * * * *");
    expect(cronOf({ cron: "17 * * * *" })).toBe("17 * * * *");
    expect(() => cronOf({ everyMinutes: 90 })).toThrow(/1 to 59/);
    expect(() => cronOf({ everyMinutes: 0.5 })).toThrow(/1 to 59/);
  });

  it("computes the next run in UTC", () => {
    const from = new Date("2026-12-04T10:03:30Z");
    expect(nextRunAt({ everyMinutes: 5 }, from)?.toISOString()).toBe("2026-12-04T10:05:00.000Z");
    expect(nextRunAt({ cron: "17 * * * *" }, from)?.toISOString()).toBe("2026-12-04T10:17:00.000Z");
    expect(describeSchedule({ everyMinutes: 1 })).toBe("every minute");
    expect(describeSchedule({ cron: "17 * * * *" })).toBe("cron 17 * * * * (UTC)");
  });

  it("defines every named job once, each with a schedule both runners accept", () => {
    expect(JOBS.map((j) => j.name)).toEqual([...JOB_NAMES]);
    for (const job of JOBS) expect(nextRunAt(job.schedule)).toBeInstanceOf(Date);
  });
});
