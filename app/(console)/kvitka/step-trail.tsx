import { cn } from "@/lib/utils";
import type { OperationStepDto } from "@/lib/providers/kvitka/operations/operation-dto";

const OUTCOME_DOT: Record<string, string> = {
  REQUESTED: "bg-muted-foreground/40",
  SUCCEEDED: "bg-success",
  FAILED: "bg-destructive",
  UNKNOWN: "bg-warning",
  DENIED: "bg-destructive",
};

/** `kvitka.deposit.confirm` → "deposit confirm". */
const stepName = (action: string) => action.replace(/^kvitka\./, "").replace(/[.-]/g, " ");

/** An operation's audited steps in one line: each step's final outcome, oldest first. */
export function StepTrail({ steps }: { steps: OperationStepDto[] }) {
  const finals = steps.filter((s, i) => s.outcome !== "REQUESTED" || steps[i + 1]?.action !== s.action);
  if (finals.length === 0) return <span className="text-xs text-muted-foreground">—</span>;
  return (
    <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs" aria-label="Steps">
      {finals.map((s, i) => (
        <li key={`${s.at}-${i}`} className="flex items-center gap-1" title={`${s.action} ${s.outcome} ${s.at}${s.errorCode ? ` ${s.errorCode}` : ""}`}>
          <span className={cn("size-2 rounded-full", OUTCOME_DOT[s.outcome] ?? "bg-muted-foreground")} aria-hidden />
          <span>
            {stepName(s.action)} <span className="text-muted-foreground">{s.outcome.toLowerCase()}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
