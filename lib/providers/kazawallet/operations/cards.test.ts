import { describe, expect, it } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { providerRejection, rejection } from "@/lib/testing/rejection";
import { control, OPERATOR, sandboxState, setUpKazawalletOperations } from "../testing/operations-harness";
import { cancelCard, lockCard, unlockCard } from "./card-state";
import { issueCard, retryIssue } from "./issue";
import { reconcileIssue, reconcileTopUp } from "./reconcile";
import { retryTopUp, topUpCard } from "./top-up";

const env = setUpKazawalletOperations();

async function auditOutcomes(action: string) {
  return (await env.db.auditEvent.findMany({ where: { action }, orderBy: { seq: "asc" } })).map((r) => r.outcome);
}

describe("issue: local record first, UNKNOWN on a lost answer, reconciliation to exactly one card", () => {
  it("issues a plus card: the record is written REQUESTED, then active with Kazawallet's cardId", async () => {
    const card = await issueCard({ email: "Holder@Example.com", cardType: "plus", amount: "100" }, OPERATOR);
    expect(card).toMatchObject({ status: "active", email: "holder@example.com", cardType: "plus", cardId: expect.stringMatching(/^kc-/) });
    expect(await auditOutcomes("kazawallet.card.issue")).toEqual(["REQUESTED", "SUCCEEDED"]);
    expect((await sandboxState()).wallets.USD).toBe("24893.50");
  });

  it("a lost answer on issue never ends in two cards: UNKNOWN, no retry until reconciled, then linked to the one card", async () => {
    addFault("kazawallet", { fault: { kind: "lost-response" }, pathIncludes: "/wallet-cards/create-then-topup", count: 1 });
    const card = await issueCard({ email: "lost@example.com", cardType: "basic", amount: "40" }, OPERATOR);
    expect(card).toMatchObject({ status: "UNKNOWN", cardId: null, lastErrorCode: "TIMEOUT" });
    expect(await auditOutcomes("kazawallet.card.issue")).toEqual(["REQUESTED", "UNKNOWN"]);
    expect((await sandboxState()).cards).toHaveLength(1);

    expect(await rejection(retryIssue({ id: card.id }, OPERATOR))).toMatchObject({ code: "NOT_RETRYABLE" });
    const reconciled = await reconcileIssue({ id: card.id }, OPERATOR);
    const [only] = (await sandboxState()).cards;
    expect(reconciled).toMatchObject({ status: "active", cardId: only.cardId });
    expect(await rejection(retryIssue({ id: card.id }, OPERATOR))).toMatchObject({ code: "NOT_RETRYABLE" });
    expect((await sandboxState()).cards).toHaveLength(1);
    expect(await auditOutcomes("kazawallet.card.reconcile")).toEqual(["REQUESTED", "SUCCEEDED"]);
  });

  it("a timeout that Kazawallet never applied reconciles to NOT_ISSUED, and only then one retry issues one card", async () => {
    addFault("kazawallet", { fault: { kind: "timeout" }, pathIncludes: "/wallet-cards/create-then-topup", count: 1 });
    const card = await issueCard({ email: "never@example.com", cardType: "basic", amount: "10" }, OPERATOR);
    expect(card.status).toBe("UNKNOWN");
    expect((await reconcileIssue({ id: card.id }, OPERATOR)).status).toBe("NOT_ISSUED");
    const retried = await retryIssue({ id: card.id }, OPERATOR);
    expect(retried).toMatchObject({ status: "active", issueAttempts: 2 });
    expect((await sandboxState()).cards.map((c) => c.email)).toEqual(["never@example.com"]);
  });

  it("reconciliation never takes a card another record already owns", async () => {
    const first = await issueCard({ email: "twice@example.com", cardType: "basic", amount: "10" }, OPERATOR);
    addFault("kazawallet", { fault: { kind: "timeout" }, pathIncludes: "/wallet-cards/create-then-topup", count: 1 });
    const second = await issueCard({ email: "twice@example.com", cardType: "basic", amount: "10" }, OPERATOR);
    const reconciled = await reconcileIssue({ id: second.id }, OPERATOR);
    expect(reconciled.status).toBe("NOT_ISSUED");
    expect(reconciled.cardId).toBeNull();
    expect(first.cardId).not.toBeNull();
  });

  it("a refusal marks the record FAILED with Kazawallet's message", async () => {
    const error = await providerRejection(issueCard({ email: "ghost@unknown.test", cardType: "basic", amount: "10" }, OPERATOR));
    expect(error.message).toBe("User not found");
    const [record] = await env.db.kazawalletCard.findMany();
    expect(record).toMatchObject({ status: "FAILED", lastErrorMessage: "User not found" });
  });
});

describe("top-up: local record first, UNKNOWN on a lost answer, reconciliation to exactly one recharge", () => {
  it("a lost answer on top-up never ends in two top-ups", async () => {
    const card = await issueCard({ email: "topup@example.com", cardType: "basic", amount: "50" }, OPERATOR);
    addFault("kazawallet", { fault: { kind: "lost-response" }, pathIncludes: "/wallet-cards/topup", count: 1 });
    const topUp = await topUpCard({ id: card.id, amount: "25" }, OPERATOR);
    expect(topUp).toMatchObject({ status: "UNKNOWN", providerTransactionId: null });
    expect(await rejection(topUpCard({ id: card.id, amount: "25" }, OPERATOR))).toMatchObject({ code: "TOP_UP_OPEN" });
    expect(await rejection(retryTopUp({ topUpId: topUp.id }, OPERATOR))).toMatchObject({ code: "NOT_RETRYABLE" });

    const reconciled = await reconcileTopUp({ topUpId: topUp.id }, OPERATOR);
    expect(reconciled).toMatchObject({ status: "SUCCEEDED", providerTransactionId: expect.stringMatching(/^ctx-/) });
    expect(await rejection(retryTopUp({ topUpId: topUp.id }, OPERATOR))).toMatchObject({ code: "NOT_RETRYABLE" });
    const { transactions, cards } = await sandboxState();
    expect(transactions.filter((t) => t.type === 1).map((t) => t.amount)).toEqual(["50.00", "25.00"]);
    expect(cards[0].balance).toBe("75.00");
    expect((await env.db.kazawalletCard.findUniqueOrThrow({ where: { id: card.id } })).balance?.toString()).toBe("75");
  });

  it("a top-up of the same amount as the initial load is not mistaken for it", async () => {
    const card = await issueCard({ email: "same@example.com", cardType: "basic", amount: "25" }, OPERATOR);
    addFault("kazawallet", { fault: { kind: "timeout" }, pathIncludes: "/wallet-cards/topup", count: 1 });
    const topUp = await topUpCard({ id: card.id, amount: "25" }, OPERATOR);
    expect((await reconcileTopUp({ topUpId: topUp.id }, OPERATOR)).status).toBe("NOT_APPLIED");
    expect((await retryTopUp({ topUpId: topUp.id }, OPERATOR)).status).toBe("SUCCEEDED");
    expect((await sandboxState()).transactions.filter((t) => t.type === 1)).toHaveLength(2);
  });
});

describe("card state changes", () => {
  it("lock ⇄ unlock → cancel, illegal ones refused before sending, a cancelled card refuses a top-up", async () => {
    const card = await issueCard({ email: "state@example.com", cardType: "basic", amount: "30" }, OPERATOR);
    expect(await rejection(unlockCard({ id: card.id }, OPERATOR))).toMatchObject({ code: "ILLEGAL_TRANSITION" });
    expect((await lockCard({ id: card.id }, OPERATOR)).status).toBe("locked");
    expect(await rejection(lockCard({ id: card.id }, OPERATOR))).toMatchObject({ code: "ILLEGAL_TRANSITION" });
    expect((await providerRejection(topUpCard({ id: card.id, amount: "5" }, OPERATOR))).message).toBe("Card is locked: unlock it before a top-up");
    expect((await unlockCard({ id: card.id }, OPERATOR)).status).toBe("active");
    expect((await cancelCard({ id: card.id }, OPERATOR)).status).toBe("cancelled");
    expect(await rejection(cancelCard({ id: card.id }, OPERATOR))).toMatchObject({ code: "ILLEGAL_TRANSITION" });
    expect((await providerRejection(topUpCard({ id: card.id, amount: "5" }, OPERATOR))).message).toBe("Card is cancelled: cannot top up");
    expect(await auditOutcomes("kazawallet.card.lock")).toEqual(["REQUESTED", "SUCCEEDED"]);
    expect(await auditOutcomes("kazawallet.card.cancel")).toEqual(["REQUESTED", "SUCCEEDED"]);
  });

  it("a lost lock answer is settled by re-reading the card", async () => {
    const card = await issueCard({ email: "lostlock@example.com", cardType: "basic", amount: "30" }, OPERATOR);
    addFault("kazawallet", { fault: { kind: "lost-response" }, pathIncludes: "/wallet-cards/lock", count: 1 });
    expect((await lockCard({ id: card.id }, OPERATOR)).status).toBe("locked");
    expect((await control<{ cards: { status: string }[] }>("state")).cards[0].status).toBe("locked");
  });
});
