import { Badge } from "@/components/ui/badge";
import type { ProviderStatus } from "@/lib/providers/registry";

/** LIVE / SANDBOX per provider, so nobody mistakes practice for production. */
export function ProviderBadges({ modes }: { modes: ProviderStatus[] }) {
  return (
    <ul className="flex min-w-0 flex-1 flex-wrap items-center gap-1.5" aria-label="Provider modes">
      {modes.map((p) => (
        <li key={p.slug}>
          {p.available ? (
            <Badge variant={p.mode === "live" ? "destructive" : "secondary"} title={`${p.name} is ${p.mode}`}>
              {p.name}: {p.mode === "live" ? "LIVE" : "SANDBOX"}
            </Badge>
          ) : (
            <Badge variant="outline" className="text-muted-foreground" title={`${p.name}: not connected yet (no credentials, no simulator)`}>
              {p.name}: OFF
            </Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
