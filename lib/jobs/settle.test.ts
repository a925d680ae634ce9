import { describe, expect, it } from "vitest";
import { combine, counted, MAX_FAILURES_IN_A_ROW, noted, settleEach, tallied } from "./settle";

const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, status: "UNKNOWN" }));

describe("settleEach", () => {
  it("counts the records whose state moved and those that failed, and goes on after a failure", async () => {
    const tally = await settleEach("t", records(4), async (r) => {
      if (r.id === "r1") throw new Error("no answer");
      return { status: r.id === "r3" ? "UNKNOWN" : "SETTLED" };
    });
    expect(tally).toEqual({ tried: 4, changed: 2, failed: 1, left: 0 });
    expect(tallied("Orders", tally)).toEqual({ text: "Orders: 2 of 4 settled, 1 could not be checked", changed: 2 });
  });

  it(`leaves the rest for the next run after ${MAX_FAILURES_IN_A_ROW} failures in a row`, async () => {
    const asked: string[] = [];
    const tally = await settleEach("t", records(10), async (r) => {
      asked.push(r.id);
      if (r.id !== "r0") throw new Error("provider down");
      return { status: "SETTLED" };
    });
    expect(asked).toEqual(["r0", "r1", "r2", "r3"]);
    expect(tally).toEqual({ tried: 4, changed: 1, failed: 3, left: 6 });
    expect(tallied("Orders", tally).text).toBe("Orders: 1 of 4 settled, 3 could not be checked, 6 left for the next run");
  });

  it("says nothing about an empty batch, and adds the parts up", () => {
    expect(tallied("Orders", { tried: 0, changed: 0, failed: 0, left: 0 })).toEqual({ text: null, changed: 0 });
    expect(combine([noted(0, "none"), noted(2, "two waiting"), counted(3, "three deleted")], "nothing")).toEqual({ changed: 3, summary: "two waiting; three deleted" });
    expect(combine([noted(0, "none")], "nothing")).toEqual({ changed: 0, summary: "nothing" });
  });
});
