import { describe, expect, it } from "vitest";
import { createHarness, ORG } from "@/lib/providers/kard/testing/sandbox-harness";
import { LAPSED_CUSTOMER } from "@/lib/providers/kard/testing/personas";

/** Get Earned Rewards: the lapsed persona's rewarded history, 12-month window, cursors, include. */
interface RewardsJson {
  data: { id: string; attributes: { transactionId: string; transactionTimestamp: string; paidToIssuer: string; payoutTimestamp?: string } }[];
  links: { self: string; prev?: string; next?: string };
  included?: { type: string; id: string; attributes: Record<string, unknown> }[];
}

const PATH = `${ORG}/users/${LAPSED_CUSTOMER}/earned-rewards`;

describe("earned rewards", () => {
  it("lists the last 12 months of SETTLED rewards, newest first", async () => {
    const result = (await createHarness().api("GET", PATH)).body as RewardsJson;
    expect(result.data.map((r) => r.attributes.transactionId)).toEqual([
      `${LAPSED_CUSTOMER}-history-1`,
      `${LAPSED_CUSTOMER}-history-4`,
      `${LAPSED_CUSTOMER}-history-2`,
      `${LAPSED_CUSTOMER}-history-3`,
    ]);
    for (const reward of result.data) {
      expect(reward.attributes.paidToIssuer).toBe("PAID_IN_FULL");
      expect(reward.attributes.payoutTimestamp).toMatch(/-15T00:00:00.000Z$/);
    }
  });

  it("pages with a cursor of timestamp + id", async () => {
    const h = createHarness();
    const first = (await h.api("GET", `${PATH}?page[size]=3`)).body as RewardsJson;
    expect(first.data).toHaveLength(3);
    const cursor = new URL(first.links.next as string, "http://x").searchParams.get("page[after]") as string;
    const last = first.data[2];
    expect(Buffer.from(cursor, "base64url").toString()).toBe(`${last.attributes.transactionTimestamp}|${last.id}`);
    const second = (await h.api("GET", first.links.next as string)).body as RewardsJson;
    expect(second.data.map((r) => r.attributes.transactionId)).toEqual([`${LAPSED_CUSTOMER}-history-3`]);
    expect(second.links).not.toHaveProperty("next");
  });

  it("includes the merchants and offers of the page", async () => {
    const result = (await createHarness().api("GET", `${PATH}?include=merchant,offer&page[size]=1`)).body as RewardsJson;
    expect(result.included).toEqual([
      { type: "merchant", id: expect.any(String), attributes: { name: "Worlds Greatest Chicken" } },
      { type: "offer", id: "5e27318c9b346f00087fbb5c", attributes: { purchaseChannel: ["INSTORE"] } },
    ]);
  });

  it("drops rewards as they leave the 12-month window", async () => {
    const h = createHarness();
    await h.control("advance-clock", { seconds: 120 * 86_400 });
    const result = (await h.api("GET", PATH)).body as RewardsJson;
    expect(result.data.map((r) => r.attributes.transactionId)).toEqual([`${LAPSED_CUSTOMER}-history-1`, `${LAPSED_CUSTOMER}-history-4`]);
  });
});
