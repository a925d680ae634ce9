import { z } from "zod";

/**
 * The closed list of audit action names, `<provider|area>.<resource>.<verb>`. A new operation adds
 * its name here; `recordAudit` refuses any other string.
 * Source: the audit history issue ("action name like ktn.order.refund") and the house rule
 * "audit action names are a closed enum".
 */
export const AUDIT_ACTIONS = [
  "auth.session.sign-in",
  "auth.session.sign-in-failed",
  "auth.session.sign-out",
  "staff.user.create",
  "staff.user.update-role",
  "staff.user.deactivate",
  "staff.user.reactivate",
  "staff.user.set-password",
  "staff.user.read",
  "audit.history.read",
  "audit.history.export",
  "audit.chain.verify",
  "sandbox.control.reset",
  "sandbox.control.fault",
  "sandbox.control.clear-faults",
  "sandbox.control.list-faults",
  "sandbox.control.run",
  "sandbox.control.mint-partner-code",
  "jobs.job.run",
  "ktn.account.read",
  "ktn.order.read",
  "ktn.order.export",
  "ktn.order.purchase",
  "ktn.order.refresh",
  "ktn.order.reconcile",
  "ktn.order.credentials-reveal",
  "ktn.order.refund",
  "ktn.order.void",
  "kard.user.enroll",
  "kard.user.update",
  "kard.user.delete",
  "kard.user.adopt",
  "kard.user.read",
  "kard.offer.read",
  "kard.reward.read",
  "kard.offer.activate",
  "kard.offer.boost",
  "kard.attribution.create",
  "kard.transaction.submit",
  "kard.transaction.reconcile",
  "kard.transaction.fraud-flag",
  "kard.transaction.read",
  "kard.audit.create",
  "kard.subscription.create",
  "kard.subscription.update",
  "kard.webhook.receive",
  "kard.webhook.reprocess",
  "webhook.event.read",
  "kard.file.download",
  "webhook.event.reprocess",
  "kard.webview.token",
  "kard.webview.theme-save",
  "kard.webview.theme-delete",
  "kvitka.withdraw.init",
  "kvitka.withdraw.confirm",
  "kvitka.deposit.init",
  "kvitka.deposit.confirm",
  "kvitka.deposit.reject",
  "kvitka.operation.abandon",
  "kvitka.operation.reconcile",
  "kvitka.code.reveal",
  "kvitka.operation.read",
  "kazawallet.card.issue",
  "kazawallet.card.top-up",
  "kazawallet.card.lock",
  "kazawallet.card.unlock",
  "kazawallet.card.cancel",
  "kazawallet.card.reconcile",
  "kazawallet.three-ds.validate",
  "kazawallet.payment-link.create",
  "kazawallet.request.create",
  "kazawallet.request.resolve",
  "kazawallet.gift-code.create",
  "kazawallet.gift-code.redeem",
  "kazawallet.webhook.receive",
  "kazawallet.webhook.reprocess",
  "openloyalty.card.inquire",
  "openloyalty.card.activate",
  "openloyalty.transaction.top-up",
  "openloyalty.transaction.pay",
  "openloyalty.transaction.void",
  "openloyalty.transaction.tip",
  "openloyalty.points.issue",
  "openloyalty.points.redeem",
  "openloyalty.transaction.reconcile",
] as const;

export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

/**
 * What became of the attempt. REQUESTED is written before a provider call; SUCCEEDED / FAILED /
 * UNKNOWN after it (UNKNOWN: the provider may have applied it, see ProviderError.outcome); DENIED
 * when the permission check refused the actor.
 * Source: the audit history issue ("outcome REQUESTED|SUCCEEDED|FAILED|UNKNOWN|DENIED").
 */
export const AUDIT_OUTCOMES = ["REQUESTED", "SUCCEEDED", "FAILED", "UNKNOWN", "DENIED"] as const;

export const auditOutcomeSchema = z.enum(AUDIT_OUTCOMES);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;
