import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

const SOURCES: StatusVariantMap = { ENROLLED: "success", ADOPTED: "info", PERSONA: "secondary", UNENROLLED: "outline", UNLISTED: "warning" };
const LABELS: Record<string, string> = {
  ENROLLED: "enrolled here",
  ADOPTED: "looked up",
  PERSONA: "sandbox persona",
  UNENROLLED: "unenrolled",
  UNLISTED: "not in the console's list",
};

/** Where the console knows a user from: enrolled here, looked up by id, or a sandbox persona. */
export function UserSourceBadge({ source }: { source: string }) {
  return <StatusBadge status={source} variants={SOURCES} label={LABELS[source]} data-testid="user-source" />;
}
