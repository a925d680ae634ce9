/* The console's record of one KvitkaCard exchange (`KvitkaOperation`): loading, code sealing, timing. */
import type { KvitkaOperation } from "@prisma/client";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { defaultTimeoutMs } from "@/lib/providers/http";

/** Audit target of an operation: the console's own record id. */
export const operationTarget = (op: Pick<KvitkaOperation, "id">) => `kvitka-operation:${op.id}`;

/** Open operations not touched for this long are highlighted as stuck (ms). */
export const STUCK_AFTER_MS = 2 * 60_000;

/**
 * A step sent this long ago without a recorded answer was interrupted (the console stopped while
 * waiting): it is treated like a lost answer (ms). Generous, because a request may first wait
 * for the rate limiter's 60-second window.
 */
export const stepStaleAfterMs = () => Math.max(5 * 60_000, defaultTimeoutMs() * 3);

export function isStepStale(op: Pick<KvitkaOperation, "pendingStep" | "pendingStepAt">, now = Date.now()): boolean {
  return Boolean(op.pendingStep && op.pendingStepAt && now - op.pendingStepAt.getTime() > stepStaleAfterMs());
}

/** @throws OperationError NOT_FOUND */
export async function loadOperation(id: string): Promise<KvitkaOperation> {
  const op = await db.kvitkaOperation.findUnique({ where: { id } });
  if (!op) throw new OperationError("NOT_FOUND", "That KvitkaCard operation does not exist.");
  return op;
}

const CODE_PURPOSE = "kvitka-transaction-code";

/** The columns that keep a transaction code: last 4 in clear, the whole code sealed to this record. */
export function codeColumns(operationId: string, code: string) {
  return { codeLast4: code.slice(-4), codeCiphertext: sealSecret(code, CODE_PURPOSE, operationId) };
}

/** The stored transaction code of a record. @throws OperationError NO_CODE when none is kept. */
export function storedCode(op: Pick<KvitkaOperation, "id" | "codeCiphertext">): string {
  if (!op.codeCiphertext) throw new OperationError("NO_CODE", "This operation keeps no transaction code.");
  return openSecret(op.codeCiphertext, CODE_PURPOSE, op.id);
}

/** `****4719`: how a code appears anywhere after it was shown once. */
export const maskedCode = (last4: string | null) => (last4 ? `****${last4}` : null);
