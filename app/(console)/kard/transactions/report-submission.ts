import { toast } from "sonner";
import type { SubmissionResult } from "@/lib/providers/kard/operations/submit-transactions";

/**
 * Tells the operator what Kard did with a submission the action accepted: accepted, refused
 * (with Kard's first message) and unanswered events. True when Kard took every event.
 */
export function reportSubmission({ accepted, rejected, unknown }: SubmissionResult, what: string): boolean {
  if (rejected.length > 0) toast.error(`Kard refused ${rejected.length} event(s): ${rejected[0].message}`);
  if (unknown > 0) toast.warning(`Kard did not answer for ${unknown} event(s); they are UNKNOWN until checked.`);
  if (accepted > 0) toast.success(`Kard accepted ${accepted} event(s) — ${what}.`);
  return rejected.length === 0 && unknown === 0;
}
