import { describe, expect, it } from "vitest";
import type { FetchFn } from "@/lib/providers/http";
import type { Sandbox } from "@/lib/sandbox/types";
import { createOpenLoyaltySandbox } from ".";
import { createOpenLoyaltyClient } from "../client";
import { SANDBOX_CONFIG } from "../testing/sandbox-client";

/* The Open Loyalty Pay simulator's state survives a restart (snapshot → JSON → restore) and never reuses an id. */

const EXAMPLE = "914639258868515"; // active, USD 1534.10, 53 Points
const fresh = () => createOpenLoyaltySandbox({ now: () => Date.parse("2026-05-01T10:00:00.000Z") });
const clientOf = (sandbox: Sandbox) => {
  const fetch: FetchFn = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    return sandbox.handle(new Request(new URL(url.pathname.replace(/^\/sandbox\/open-loyalty/, ""), url), request));
  };
  return createOpenLoyaltyClient({ baseUrl: "http://sandbox.test/sandbox/open-loyalty", ...SANDBOX_CONFIG }, fetch);
};
const restarted = (from: Sandbox) => {
  const sandbox = fresh();
  sandbox.restore(JSON.parse(JSON.stringify(from.snapshot())));
  return sandbox;
};
const card = { accountId: EXAMPLE, entryType: "K" as const };

describe("Open Loyalty Pay sandbox snapshot and restore", () => {
  it("answers the same reads after a restart, replays a known tranOrderNo, and hands out new checkout ids", async () => {
    const before = fresh();
    const paid = await clientOf(before).giftTransaction({ ...card, tranOrderNo: "SNAP-1", amount: "10.50", tranCurrency: "USD" });
    const reads = async (s: Sandbox) => [await clientOf(s).giftInquiry(card), await (await s.control!("transactions", {})).json()];

    const after = restarted(before);

    const [balanceBefore, transactionsBefore] = await reads(before);
    const [balanceAfter, transactionsAfter] = await reads(after);
    expect(transactionsAfter).toEqual(transactionsBefore);
    expect((balanceAfter as { balances: unknown }).balances).toEqual((balanceBefore as { balances: unknown }).balances);
    const replay = await clientOf(after).giftTransaction({ ...card, tranOrderNo: "SNAP-1", amount: "10.50", tranCurrency: "USD" });
    expect(replay.checkoutId).toBe(paid.checkoutId);
    const next = await clientOf(after).giftTransaction({ ...card, tranOrderNo: "SNAP-2", amount: "1", tranCurrency: "USD" });
    expect(next.checkoutId).not.toBe(paid.checkoutId);
  });

  it("a reset restores the seeded cards but never hands out an earlier checkout id again", async () => {
    const sandbox = fresh();
    const first = await clientOf(sandbox).giftTransaction({ ...card, tranOrderNo: "RESET-1", amount: "2", tranCurrency: "USD" });

    sandbox.reset();
    const after = restarted(sandbox);

    expect(((await (await after.control!("transactions", {})).json()) as { transactions: unknown[] }).transactions).toEqual([]);
    const again = await clientOf(after).giftTransaction({ ...card, tranOrderNo: "RESET-2", amount: "2", tranCurrency: "USD" });
    expect(again.checkoutId).not.toBe(first.checkoutId);
  });
});
