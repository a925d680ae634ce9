import { AlertTriangle } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { isProviderError } from "@/lib/providers/provider-error";

/** What a page shows when its provider cannot be read: what failed and what to do. */
export function ProviderUnavailable({ error, what }: { error: unknown; what: string }) {
  const detail = isProviderError(error) ? `${error.message} (${error.code}).` : "An unexpected error occurred.";
  return (
    <EmptyState
      icon={AlertTriangle}
      title={`Could not load ${what}`}
      description={`${detail} Reload the page to try again; if it keeps failing, check the provider's status under Settings → Providers & sandbox.`}
    />
  );
}
