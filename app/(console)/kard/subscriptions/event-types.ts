import type { KardNotificationType } from "@/lib/providers/kard/schemas/common";

/**
 * What each notification type reports, in the guide's words where it has them.
 * Source: Kard guide "Notifications" (the five reward types); `commons.NotificationType` and the
 * Notification Webhook schema (auditUpdate, fileProcessingResult).
 */
export const EVENT_DESCRIPTIONS: Record<KardNotificationType, string> = {
  earnedRewardApproved: "An approved transaction qualifies for a reward",
  earnedRewardSettled: "A settled transaction qualifies for a reward",
  validTransaction: "A transaction was validated",
  failedTransaction: "A transaction failed validation",
  clawback: "A transaction was marked for clawback",
  auditUpdate: "An audit request changed status",
  fileProcessingResult: "A file Kard received was processed",
};
