import { AlertTriangle, CheckCircle2, Info } from "lucide-react";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { cn } from "@/lib/utils";

const TONES = {
  success: "border-success/40 bg-success-soft text-success-soft-foreground",
  warning: "border-warning/50 bg-warning-soft text-warning-soft-foreground",
  destructive: "border-destructive/40 bg-destructive-soft text-destructive-soft-foreground",
  info: "border-info/40 bg-info-soft text-info-soft-foreground",
} as const;

function Note({ tone, testId, children }: { tone: keyof typeof TONES; testId: string; children: React.ReactNode }) {
  const Icon = tone === "success" ? CheckCircle2 : tone === "info" ? Info : AlertTriangle;
  return (
    <p role={tone === "success" || tone === "info" ? "status" : "alert"} data-testid={testId} className={cn("flex gap-2 rounded-md border p-3 text-sm", TONES[tone])}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{children}</span>
    </p>
  );
}

/**
 * What an operation's record says, in plain words: whether points may move now (and only then),
 * why it is unknown or failed, and what became of the code.
 */
export function OperationNotes({ operation: op }: { operation: KvitkaOperationDto }) {
  const points = op.pointsAmount ? `${op.pointsAmount} points` : "the points";
  return (
    <div className="space-y-2">
      {op.pointsSettledNote ? (
        <Note tone="success" testId="settled-note">
          {op.pointsSettledNote}
          {op.direction === "WITHDRAW" ? ` (${points} of ${op.customerRef}).` : ` (${points} to ${op.customerRef}).`}
        </Note>
      ) : null}
      {!op.pointsSettledNote && (op.status === "initiated" || op.status === "pending_deposit" || op.status === "requested") ? (
        <Note tone="info" testId="not-settled-note">
          {op.direction === "WITHDRAW"
            ? "Nothing is held yet: do not deduct any points from the customer."
            : "Nothing is credited yet: do not credit any points to the customer."}
        </Note>
      ) : null}
      {op.status === "rejected" ? (
        <Note tone="info" testId="rejected-note">
          Rejected{op.reason ? ` (${op.reason})` : ""}. The code remains valid: the customer can use it at another business. No points are credited here.
        </Note>
      ) : null}
      {op.status === "abandoned" ? (
        <Note tone="info" testId="abandoned-note">
          Abandoned{op.reason ? ` (${op.reason})` : ""}.{" "}
          {op.direction === "WITHDRAW" ? "Nothing was held: no points may be deducted." : "The deposit was rejected at KvitkaCard: the code stays valid elsewhere."}
        </Note>
      ) : null}
      {op.lastErrorMessage ? (
        <Note tone={op.status === "unknown" ? "warning" : "destructive"} testId="error-note">
          {op.status === "failed" ? "KvitkaCard refused: " : ""}
          {op.lastErrorMessage}
          {op.lastErrorCode ? ` (${op.lastErrorCode})` : ""}
        </Note>
      ) : null}
    </div>
  );
}
