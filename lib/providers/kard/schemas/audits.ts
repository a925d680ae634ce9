import { z } from "zod";
import { withMultiStatus } from "./common";

/**
 * Audit reason codes: 3005 incorrect cashback claim, 3006 missing cashback award, 8001 other
 * (explain in `auditDescription`). Source: `transactions.AuditAttributes.auditCode`.
 */
export const AUDIT_CODES = [3005, 3006, 8001] as const;
const auditCodeSchema = z.literal(AUDIT_CODES);

/** One audit request about an issuer transaction. Source: `transactions.CreateAuditRequestDataUnion`. */
const auditRequestSchema = z.strictObject({
  type: z.literal("audit"),
  attributes: z.strictObject({
    auditCode: auditCodeSchema,
    merchantName: z.string().min(1),
    auditDescription: z.string().min(1),
    transactionId: z.string().min(1),
  }),
});
export type KardAuditRequest = z.input<typeof auditRequestSchema>;

/** Source: "Create Audits" request `transactions.CreateAuditRequestBody` (no documented maximum). */
export const createAuditsRequestSchema = z.strictObject({ data: z.array(auditRequestSchema).min(1) });

/** `id` is the audit request ID, `transactionId` the Cardlinked transaction ID. */
const auditResponseDataSchema = z.object({
  type: z.literal("audit"),
  id: z.string(),
  attributes: z.object({ transactionId: z.string() }),
});

/**
 * 201 `{data:[audit…]}` or 207 `{errors, data?}`. The audit's outcome arrives later in the
 * `auditUpdate` webhook. Source: "Create Audits" responses 201 / 207.
 */
export const createAuditsResponseSchema = withMultiStatus(
  z.array(auditResponseDataSchema),
  z.array(auditResponseDataSchema).optional(),
);
