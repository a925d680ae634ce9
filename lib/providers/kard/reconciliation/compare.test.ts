import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { compareRewards } from "./compare";
import type { RewardRecord, WebhookReward } from "./reward-record";

const row = (ref: string, transactionId: string, cents?: number, extra: Partial<RewardRecord> = {}): RewardRecord => ({
  ref,
  kind: "earnedRewardSettled",
  transactionId,
  rewardCents: cents === undefined ? undefined : new Decimal(cents),
  ...extra,
});

const hook = (ref: string, transactionId: string | null, cents?: number, extra: Partial<WebhookReward> = {}): WebhookReward => ({
  ref,
  kind: "earnedRewardSettled",
  transactionId,
  rewardCents: cents === undefined ? undefined : new Decimal(cents),
  inPeriod: true,
  ...extra,
});

const summary = (result: ReturnType<typeof compareRewards>) =>
  result.lines.map((l) => [l.status, l.transactionId, l.file?.ref ?? null, l.webhook?.ref ?? null]);

describe("compareRewards", () => {
  it("matches rows and webhooks on transaction id and kind, with equal amounts", () => {
    const result = compareRewards([row("row 1", "tx-1", 2000), row("row 2", "tx-2", 150)], [hook("w2", "tx-2", 150), hook("w1", "tx-1", 2000)]);
    expect(summary(result)).toEqual([
      ["matched", "tx-1", "row 1", "w1"],
      ["matched", "tx-2", "row 2", "w2"],
    ]);
    expect(result.counts).toEqual({ matched: 2, amountMismatch: 0, fileOnly: 0, webhookOnly: 0 });
  });

  it("reports a row with no webhook as in file only, and a webhook with no row as in webhooks only", () => {
    const result = compareRewards([row("row 1", "tx-1", 2000)], [hook("w9", "tx-9", 500)]);
    expect(summary(result)).toEqual([
      ["fileOnly", "tx-1", "row 1", null],
      ["webhookOnly", "tx-9", null, "w9"],
    ]);
    expect(result.counts).toEqual({ matched: 0, amountMismatch: 0, fileOnly: 1, webhookOnly: 1 });
  });

  it("reports an amount mismatch when both sides state different rewards", () => {
    const result = compareRewards([row("row 1", "tx-1", 2000)], [hook("w1", "tx-1", 1999)]);
    expect(summary(result)).toEqual([["amountMismatch", "tx-1", "row 1", "w1"]]);
    expect(result.lines[0].file?.rewardCents?.minus(result.lines[0].webhook!.rewardCents!).toNumber()).toBe(1);
  });

  it("matches when one side states no amount (approved and clawback notifications carry none)", () => {
    const approved = { kind: "earnedRewardApproved" as const };
    const result = compareRewards([row("row 1", "tx-1", undefined, approved)], [hook("w1", "tx-1", undefined, approved)]);
    expect(result.counts.matched).toBe(1);
    const clawback = compareRewards([row("row 1", "tx-1", 2000, { kind: "clawback" })], [hook("w1", "tx-1", undefined, { kind: "clawback" })]);
    expect(clawback.counts.matched).toBe(1);
  });

  it("does not pair different kinds of the same transaction", () => {
    const result = compareRewards([row("row 1", "tx-1", 2000)], [hook("w1", "tx-1", undefined, { kind: "clawback" })]);
    expect(result.counts).toEqual({ matched: 0, amountMismatch: 0, fileOnly: 1, webhookOnly: 1 });
  });

  it("pairs several settlements of one transaction one to one, equal amounts first", () => {
    const result = compareRewards(
      [row("row 1", "tx-1", 1500), row("row 2", "tx-1", 500), row("row 3", "tx-1", 100)],
      [hook("w-small", "tx-1", 500), hook("w-big", "tx-1", 1500)],
    );
    expect(summary(result)).toEqual([
      ["matched", "tx-1", "row 1", "w-big"],
      ["matched", "tx-1", "row 2", "w-small"],
      ["fileOnly", "tx-1", "row 3", null],
    ]);
  });

  it("pairs by notification id before anything else", () => {
    const result = compareRewards(
      [row("row 1", "tx-1", 2000, { notificationId: "n-2" })],
      [hook("w1", "tx-1", 2000, { notificationId: "n-1" }), hook("w2", "tx-1", 1000, { notificationId: "n-2" })],
    );
    expect(summary(result)).toEqual([
      ["amountMismatch", "tx-1", "row 1", "w2"],
      ["webhookOnly", "tx-1", null, "w1"],
    ]);
  });

  it("leaves out unpaired webhooks received outside the file's period, but pairs them when a row needs them", () => {
    const result = compareRewards([row("row 1", "tx-late", 300)], [hook("late", "tx-late", 300, { inPeriod: false }), hook("other-day", "tx-2", 10, { inPeriod: false })]);
    expect(summary(result)).toEqual([["matched", "tx-late", "row 1", "late"]]);
  });

  it("keeps a webhook that names no transaction as in webhooks only", () => {
    const result = compareRewards([row("row 1", "tx-1", 2000)], [hook("w1", null, 2000)]);
    expect(result.counts).toEqual({ matched: 0, amountMismatch: 0, fileOnly: 1, webhookOnly: 1 });
  });

  it("compares nothing to nothing", () => {
    expect(compareRewards([], [])).toEqual({ lines: [], counts: { matched: 0, amountMismatch: 0, fileOnly: 0, webhookOnly: 0 } });
  });
});
