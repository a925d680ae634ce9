import type { KazawalletRequest } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { auditTransaction } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { historyOf, requestTarget } from "./requests";

/** What a request is once Kazawallet said it was created: a transfer completes at once, a gift code is created, the others wait for their webhook. */
const CREATED_STATUS: Record<string, string> = { TRANSFER: "completed", WITHDRAWAL: "pending", DEPOSIT: "pending", GIFT_CODE: "created" };

/** A request whose answer was lost and that resolveRequest takes: UNKNOWN, of a kind it can settle. */
export function isResolvable(record: Pick<KazawalletRequest, "status" | "kind">): boolean {
  return record.status === "UNKNOWN" && record.kind in CREATED_STATUS;
}

export interface RequestResolution {
  id: string;
  /** What Kazawallet (its support or its dashboard) said about the request whose answer was lost. */
  kazawalletSays: "created" | "not-created";
  /** Kazawallet's id of the request it created (`transaction_id`, the transfer's id): required for a withdrawal or deposit, whose webhooks name it. */
  providerId?: string;
  /** Who at Kazawallet said so, and when. */
  note: string;
}

/**
 * Records what Kazawallet said, outside the API (it documents no read of transfers, withdrawals,
 * deposits or gift codes), about a request whose answer was lost: `created` → the request takes
 * the status its kind has once created (CREATED_STATUS) and Kazawallet's id, so later webhooks find
 * it; `not-created` → NOT_CREATED, and it may be created again. Local only, one audited row
 * (kazawallet.request.resolve) with the operator's note, applied only while the record is UNKNOWN.
 * A gift code resolved as created still cannot be shown (no read of its code).
 * @throws OperationError NOT_FOUND / NOT_RESOLVABLE / PROVIDER_ID_REQUIRED / STATE_CHANGED.
 * Source: issue 9 "Money safety without idempotency keys"; docs/providers/kazawallet.md.
 */
export async function resolveRequest({ id, kazawalletSays, providerId, note }: RequestResolution, actor: Actor): Promise<KazawalletRequest> {
  const record = await db.kazawalletRequest.findUnique({ where: { id } });
  if (!record) throw new OperationError("NOT_FOUND", "That Kazawallet request does not exist here.");
  if (!isResolvable(record)) {
    throw new OperationError("NOT_RESOLVABLE", `Only a request whose answer was lost can be resolved; this one is ${record.status}.`);
  }
  const created = kazawalletSays === "created";
  if (created && !providerId && (record.kind === "WITHDRAWAL" || record.kind === "DEPOSIT")) {
    throw new OperationError("PROVIDER_ID_REQUIRED", "Give Kazawallet's transaction id: its webhooks name the request by it.");
  }
  const status = created ? CREATED_STATUS[record.kind] : "NOT_CREATED";
  return auditTransaction(async (tx, audit) => {
    const changed = await tx.kazawalletRequest.updateMany({
      where: { id, status: "UNKNOWN" },
      data: {
        status,
        providerId: created ? (providerId ?? null) : null,
        history: [...historyOf(record), { status, at: new Date().toISOString(), source: "console" }],
        lastErrorCode: null,
        lastErrorMessage: created ? null : "Kazawallet has no such request: it may be created again.",
      },
    });
    if (changed.count !== 1) throw new OperationError("STATE_CHANGED", "This request changed meanwhile. Reload it and look again.");
    await audit({ actor, action: "kazawallet.request.resolve", provider: "kazawallet", target: requestTarget(record), outcome: "SUCCEEDED", request: { kazawalletSays, providerId, note } });
    return tx.kazawalletRequest.findUniqueOrThrow({ where: { id } });
  });
}
