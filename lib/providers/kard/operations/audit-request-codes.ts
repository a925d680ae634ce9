import type { AUDIT_CODES } from "../schemas/audits";

export type AuditCode = (typeof AUDIT_CODES)[number];

/** What each audit code asks Kard to check. Source: `transactions.AuditAttributes.auditCode`. */
export const AUDIT_CODE_LABELS: Record<AuditCode, string> = {
  3005: "3005 · Incorrect cashback",
  3006: "3006 · Missing cashback",
  8001: "8001 · Other (explain below)",
};
