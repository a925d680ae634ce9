"use client";

import { Tooltip, TooltipContent, TooltipProvider, TooltipTrigger } from "@/components/ui/tooltip";
import type { ProviderStatus } from "@/lib/providers/registry";
import { cn } from "@/lib/utils";
import { MODE_LABELS, modeDetail, modeOf, SHORT_NAMES, type ModeKey } from "./provider-mode";

const ORDER: ModeKey[] = ["live", "sandbox", "not-connected"];

const LABEL_STYLES: Record<ModeKey, string> = {
  live: "bg-destructive text-white",
  sandbox: "bg-secondary text-secondary-foreground",
  "not-connected": "text-muted-foreground",
};

const CHIP_STYLES: Record<ModeKey, string> = {
  live: "border-destructive/40 bg-destructive-soft text-destructive-soft-foreground font-medium",
  sandbox: "border-border",
  "not-connected": "border-dashed text-muted-foreground",
};

/**
 * LIVE / SANDBOX / NOT CONNECTED per provider, so nobody mistakes practice for production: one
 * line grouped by mode (LIVE first), short names on a phone (a line of its own there), the full
 * names from `sm` up, and what the mode means on hover or keyboard focus.
 */
export function ProviderBadges({ modes, className }: { modes: ProviderStatus[]; className?: string }) {
  const groups = ORDER.map((mode) => [mode, modes.filter((p) => modeOf(p) === mode)] as const).filter(([, providers]) => providers.length > 0);
  return (
    <TooltipProvider>
      <ul className={cn("flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-[11px] leading-none sm:gap-x-3 sm:text-xs", className)} aria-label="Provider modes" data-testid="provider-modes">
        {groups.map(([mode, providers]) => (
          <li key={mode} className="flex items-center gap-0.5 sm:gap-1" data-mode={mode}>
            <span aria-hidden className={cn("rounded px-1 py-1 text-[10px] font-semibold tracking-wide whitespace-nowrap", LABEL_STYLES[mode])}>
              {MODE_LABELS[mode]}
            </span>
            {providers.map((p) => (
              <Tooltip key={p.slug}>
                <TooltipTrigger asChild>
                  <span tabIndex={0} data-testid="provider-mode" data-provider={p.slug} data-mode={mode} className={cn("rounded-md border px-1 py-1 whitespace-nowrap sm:px-1.5 outline-none focus-visible:ring-2 focus-visible:ring-ring", CHIP_STYLES[mode])}>
                    <span className="sm:hidden">{SHORT_NAMES[p.slug]}</span>
                    <span className="hidden sm:inline">{p.name}</span>
                    <span className="sr-only">: {MODE_LABELS[mode]}</span>
                  </span>
                </TooltipTrigger>
                <TooltipContent>{modeDetail(p.name, mode)}</TooltipContent>
              </Tooltip>
            ))}
          </li>
        ))}
      </ul>
    </TooltipProvider>
  );
}
