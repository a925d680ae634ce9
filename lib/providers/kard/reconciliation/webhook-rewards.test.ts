import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { compareRewards } from "./compare";
import { toReconciliationRow } from "./line-row";
import { webhookReward } from "./webhook-rewards";

const period = { start: new Date("2026-03-10T00:00:00Z"), end: new Date("2026-03-11T00:00:00Z"), source: "fileName" as const };
const stored = (rawBody: string, receivedAt = "2026-03-10T12:00:00Z") => ({ id: "evt-row-1", type: "x", rawBody, receivedAt: new Date(receivedAt) });

describe("webhookReward", () => {
  it("reads the guide's earnedRewardSettled example: 2000 cents, and no transaction (the example has no relationship)", () => {
    // Source: Kard guide "Testing The User Experiences", step 5.
    const guideExample = JSON.stringify({
      data: {
        type: "earnedRewardSettled",
        attributes: {
          attributionUrl: "www.attribution.com/token",
          commissionEarned: { type: "cents", value: 2000 },
          message: "Congrats! You have earned a $20.00 reward on your purchase at BaaS Pro Shops!",
          name: "BaaS Pro Shops",
          surveyUrl: "www.survey.com",
        },
        id: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
        relationships: { user: { data: { type: "user", id: "sandbox-{issuerName}-new-customer" } } },
      },
    });
    const reward = webhookReward(stored(guideExample), "earnedRewardSettled", period);
    expect({ ...reward, rewardCents: reward.rewardCents?.toString() }).toEqual({
      ref: "evt-row-1",
      kind: "earnedRewardSettled",
      transactionId: null,
      notificationId: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
      userId: "sandbox-{issuerName}-new-customer",
      merchantName: "BaaS Pro Shops",
      rewardCents: "2000",
      at: "2026-03-10T12:00:00.000Z",
      inPeriod: true,
    });
  });

  it("reads the user's share of a validTransaction commission and the transaction relationship", () => {
    const body = JSON.stringify({
      data: {
        type: "validTransaction",
        id: "n-1",
        attributes: { message: "m", name: "Hilltop BBQ", attributionUrl: "a", commissionEarned: { issuer: { type: "cents", value: 250 }, user: { type: "cents", value: 200 } } },
        relationships: { user: { data: { type: "user", id: "u-1" } }, offer: { data: { type: "offer", id: "o-1" } }, transaction: { data: { type: "transaction", id: "tx-1" } } },
      },
    });
    const reward = webhookReward(stored(body, "2026-03-11T00:00:00Z"), "validTransaction", period);
    expect(reward.transactionId).toBe("tx-1");
    expect(reward.rewardCents?.toNumber()).toBe(200);
    expect(reward.inPeriod).toBe(false);
  });

  it("keeps an approval (no amount) and an unreadable body without inventing values", () => {
    expect(webhookReward(stored("not json"), "earnedRewardApproved", period)).toMatchObject({ transactionId: null, rewardCents: undefined, notificationId: undefined });
  });
});

describe("toReconciliationRow", () => {
  it("flattens a mismatch into strings with the difference in cents", () => {
    const [line] = compareRewards(
      [{ ref: "row 3", kind: "earnedRewardSettled", transactionId: "tx-1", rewardCents: new Decimal(2000), userId: "u-1", at: "2026-03-10T15:00:00Z" }],
      [{ ref: "evt-9", kind: "earnedRewardSettled", transactionId: "tx-1", rewardCents: new Decimal(1999), notificationId: "n-9", inPeriod: true }],
    ).lines;
    expect(toReconciliationRow(line, 0)).toEqual({
      id: "0",
      status: "amountMismatch",
      kind: "earnedRewardSettled",
      transactionId: "tx-1",
      userId: "u-1",
      merchantName: null,
      fileRewardCents: "2000",
      webhookRewardCents: "1999",
      differenceCents: "1",
      fileRow: "row 3",
      webhookEventId: "evt-9",
      notificationId: "n-9",
      at: "2026-03-10T15:00:00Z",
    });
  });
});
