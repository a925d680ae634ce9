import { batchResponse, readDataArray, zodErrors } from "../batch";
import { LIMITS } from "../config";
import { readJson, requireUser, type SandboxContext } from "../context";
import { newMongoId } from "../ids";
import { errorObject, type ErrorObject } from "../json-api";
import { auditUpdate } from "../notification-payloads";
import { auditItem } from "../request-schemas";
import { transactionKey, type AuditRecord } from "../state";

/**
 * POST …/users/{userId}/audits — audit requests for transactions the issuer sent (201; 207
 * partial; 404 unknown user; 409 an audit for that transaction is still open). Each new audit
 * is announced with an auditUpdate notification (status NEW); later statuses come from the
 * `resolve-audit` control action, since "Get an Audit Request Status" has no page and status
 * "arrives only through the auditUpdate webhook". The page states no batch limit; the sandbox
 * applies the users' limit of 100.
 * Source: Kard seed, "Create Audits", "Notification Webhook" (auditUpdate), "User Acceptance
 * Test Cases".
 */
export async function createAudits(ctx: SandboxContext): Promise<Response> {
  const user = requireUser(ctx);
  const items = readDataArray(await readJson(ctx.req), { max: LIMITS.usersPerRequest, noun: "audits" });
  const errors: ErrorObject[] = [];
  const created: AuditRecord[] = [];
  items.forEach((raw, index) => {
    const parsed = auditItem.safeParse(raw);
    const rawTransactionId = (raw as { attributes?: { transactionId?: unknown } } | null)?.attributes?.transactionId;
    const id = typeof rawTransactionId === "string" ? rawTransactionId : String(index);
    if (!parsed.success) return void errors.push(...zodErrors(parsed.error, `/data/${index}`, id));
    const attributes = parsed.data.attributes;
    const pointer = `/data/${index}/attributes/transactionId`;
    if (!ctx.state.transactions.has(transactionKey(user.id, attributes.transactionId))) {
      return void errors.push(errorObject(400, `Transaction '${attributes.transactionId}' was not found for this user.`, { pointer }, id));
    }
    const open = [...ctx.state.audits.values(), ...created].some(
      (audit) => audit.userId === user.id && audit.transactionId === attributes.transactionId && audit.status !== "CLOSED",
    );
    if (open) return void errors.push(errorObject(409, `An audit for transaction '${attributes.transactionId}' is already open.`, { pointer }, id));
    created.push({ id: newMongoId(ctx.now), userId: user.id, ...attributes, status: "NEW", createdAt: ctx.now });
  });
  for (const audit of created) {
    ctx.state.audits.set(audit.id, audit);
    ctx.notifier.emit(auditUpdate(audit), user.id);
  }
  return batchResponse({
    okStatus: 201,
    accepted: created.length,
    errors,
    success: () => created.map((audit) => ({ type: "audit", id: audit.id, attributes: { transactionId: audit.transactionId } })),
  });
}
