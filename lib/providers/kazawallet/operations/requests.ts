import type { KazawalletRequest, Prisma } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { auditedWrite } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import type { PaymentRequestWebhook } from "../schemas/webhooks";

/** A request's status history: oldest first. */
export type HistoryEntry = { status: string; at: string; source: "console" | "kazawallet" | "webhook" };

export const requestTarget = (request: Pick<KazawalletRequest, "id">) => `kazawallet-request:${request.id}`;

/** Shown on a withdrawal, deposit or transfer whose answer was lost. */
export const REQUEST_UNKNOWN_NOTE =
  "Kazawallet did not answer, so it is not known whether the request was created. Compare the merchant wallet balance " +
  "and Kazawallet's own records before creating it again; the console does not resend it.";

function entry(status: string, source: HistoryEntry["source"]): HistoryEntry {
  return { status, at: new Date().toISOString(), source };
}

export function historyOf(request: Pick<KazawalletRequest, "history">): HistoryEntry[] {
  return Array.isArray(request.history) ? (request.history as unknown as HistoryEntry[]) : [];
}

export interface PayoutInput {
  kind: "WITHDRAWAL" | "DEPOSIT" | "TRANSFER";
  email: string;
  currency: string;
  amount: string;
  note?: string;
  /** Withdrawals and deposits: the payment method id and its fields (built from get-payment-method-fields). */
  paymentMethod?: string;
  fields?: Record<string, string>;
}

/**
 * Creates a withdrawal (POST /createWithdrawalRequest), deposit (POST /createDepositRequest) or
 * transfer (POST /transfer-from-merchant-to-user): the record REQUESTED before the call, then
 * Kazawallet's status (`pending`, `completed`) and id; UNKNOWN with REQUEST_UNKNOWN_NOTE when the
 * answer was lost; FAILED when refused. Later statuses come from the webhooks.
 * @throws ProviderError when refused.
 */
export async function createPaymentRequest(input: PayoutInput, actor: Actor): Promise<KazawalletRequest> {
  const amount = new Decimal(input.amount).toFixed(2);
  const record = await db.kazawalletRequest.create({
    data: {
      kind: input.kind,
      email: input.email,
      currency: input.currency,
      amount,
      note: input.note || null,
      paymentMethod: input.paymentMethod ?? null,
      fields: input.fields ?? undefined,
      status: "REQUESTED",
      history: [entry("REQUESTED", "console")],
      createdById: actor.staff?.id ?? null,
      createdByEmail: actor.staff?.email ?? null,
    },
  });
  const client = providerClient("kazawallet");
  const base = { email: input.email, currency: input.currency, amount, ...(input.note ? { note: input.note } : {}) };
  const call = async (): Promise<{ id: string; status: string }> => {
    if (input.kind === "TRANSFER") {
      const { transfer } = await client.transferFromMerchantToUser(base);
      return { id: transfer.id, status: transfer.status };
    }
    const method = { paymentMethod: input.paymentMethod ?? "", fields: input.fields ?? {} };
    const { createdPayment } =
      input.kind === "WITHDRAWAL" ? await client.createWithdrawalRequest({ ...base, ...method }) : await client.createDepositRequest({ ...base, ...method });
    return { id: createdPayment.transaction_id, status: createdPayment.status };
  };
  await auditedWrite({ actor, action: "kazawallet.request.create", provider: "kazawallet", target: requestTarget(record), request: { kind: input.kind, ...base, paymentMethod: input.paymentMethod } }, call, {
    onSuccess: (tx, r) =>
      tx.kazawalletRequest.update({ where: { id: record.id }, data: { providerId: r.id, status: r.status, history: [...historyOf(record), entry(r.status, "kazawallet")] } }),
    onProviderError: async (tx, error) => {
      const status = error.outcome === "unknown" ? "UNKNOWN" : "FAILED";
      await tx.kazawalletRequest.update({
        where: { id: record.id },
        data: { status, history: [...historyOf(record), entry(status, "console")], lastErrorCode: error.code, lastErrorMessage: status === "UNKNOWN" ? REQUEST_UNKNOWN_NOTE : error.message },
      });
    },
  });
  return db.kazawalletRequest.findUniqueOrThrow({ where: { id: record.id } });
}

/**
 * The local effect of a withdrawal / deposit webhook: the request with that `transaction_id`
 * takes the status, appended to its history. Idempotent: the same status twice is recorded once.
 */
export async function applyRequestWebhook(tx: Prisma.TransactionClient, body: PaymentRequestWebhook) {
  const record = await tx.kazawalletRequest.findUnique({ where: { providerId: body.transaction_id } });
  if (!record || record.status === body.status) return { localChange: "none", transactionId: body.transaction_id };
  await tx.kazawalletRequest.update({ where: { id: record.id }, data: { status: body.status, history: [...historyOf(record), entry(body.status, "webhook")] } });
  return { localChange: "kazawalletRequest.status", transactionId: body.transaction_id, status: body.status };
}
