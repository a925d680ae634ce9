import { describe, expect, it } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { rejection } from "@/lib/testing/rejection";
import { control, OPERATOR, sandboxState, setUpKazawalletOperations, webhookPump } from "../testing/operations-harness";
import { createPaymentRequest } from "./requests";
import { resolveRequest } from "./resolve-request";

const env = setUpKazawalletOperations();
const withdrawal = { kind: "WITHDRAWAL", email: "user@example.com", currency: "USDT", amount: "10", paymentMethod: "15", fields: { "usdt-trc20-address": "TX" } } as const;

async function lost(path: string, input: Parameters<typeof createPaymentRequest>[0]) {
  addFault("kazawallet", { fault: { kind: "lost-response" }, method: "POST", pathIncludes: path, count: 1 });
  const record = await createPaymentRequest(input, OPERATOR);
  expect(record.status).toBe("UNKNOWN");
  return record;
}

describe("resolveRequest: what Kazawallet said about a request whose answer was lost", () => {
  it("links a withdrawal Kazawallet created, so its webhook then completes it", async () => {
    const record = await lost("createWithdrawalRequest", withdrawal);
    const [atKazawallet] = ((await sandboxState()) as unknown as { requests: { transactionId: string }[] }).requests;
    expect(await rejection(resolveRequest({ id: record.id, kazawalletSays: "created", note: "support" }, OPERATOR))).toMatchObject({ code: "PROVIDER_ID_REQUIRED" });

    const resolved = await resolveRequest({ id: record.id, kazawalletSays: "created", providerId: atKazawallet.transactionId, note: "Kazawallet support, ticket 12" }, OPERATOR);
    expect(resolved).toMatchObject({ status: "pending", providerId: atKazawallet.transactionId, lastErrorMessage: null });

    const pump = webhookPump();
    await control("complete-request", { transactionId: atKazawallet.transactionId, status: "completed" });
    await pump();
    expect((await env.db.kazawalletRequest.findUniqueOrThrow({ where: { id: record.id } })).status).toBe("completed");
    const rows = await env.db.auditEvent.findMany({ where: { action: "kazawallet.request.resolve" } });
    expect(rows.map((r) => [r.outcome, JSON.parse(r.requestSummary!).note])).toEqual([["SUCCEEDED", "Kazawallet support, ticket 12"]]);
  });

  it("marks a transfer Kazawallet never made NOT_CREATED, once", async () => {
    addFault("kazawallet", { fault: { kind: "timeout" }, method: "POST", pathIncludes: "transfer-from-merchant-to-user", count: 1 });
    const record = await createPaymentRequest({ kind: "TRANSFER", email: "user@example.com", currency: "USD", amount: "5" }, OPERATOR);

    expect(await resolveRequest({ id: record.id, kazawalletSays: "not-created", note: "dashboard shows none" }, OPERATOR)).toMatchObject({ status: "NOT_CREATED", providerId: null });
    expect(await rejection(resolveRequest({ id: record.id, kazawalletSays: "created", note: "again" }, OPERATOR))).toMatchObject({ code: "NOT_RESOLVABLE" });
  });
});
