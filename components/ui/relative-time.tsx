"use client";

import { formatDistanceToNow, isValid, parseISO } from "date-fns";
import { useEffect, useState, type ComponentProps } from "react";

import { cn } from "@/lib/utils";

export type RelativeTimeProps = Omit<ComponentProps<"time">, "children" | "dateTime"> & {
  /** An ISO 8601 string or a Date. */
  date: string | Date;
  /** How often to refresh the text, in milliseconds. */
  refreshMs?: number;
};

/**
 * "3 minutes ago", with the exact ISO time in the tooltip (`title`) and `dateTime` attribute.
 * The server's render can differ from the browser's by the seconds in between, hence
 * suppressHydrationWarning on the text.
 */
export function RelativeTime({ date, refreshMs = 60_000, className, ...props }: RelativeTimeProps) {
  const value = typeof date === "string" ? parseISO(date) : date;
  const [, setTick] = useState(0);

  useEffect(() => {
    const id = window.setInterval(() => setTick((tick) => tick + 1), refreshMs);
    return () => window.clearInterval(id);
  }, [refreshMs]);

  if (!isValid(value)) {
    return (
      <span data-slot="relative-time" className={cn("text-muted-foreground", className)}>
        {typeof date === "string" ? date : "Invalid date"}
      </span>
    );
  }
  const iso = value.toISOString();
  return (
    <time
      data-slot="relative-time"
      dateTime={iso}
      title={iso}
      className={cn("whitespace-nowrap", className)}
      suppressHydrationWarning
      {...props}
    >
      {formatDistanceToNow(value, { addSuffix: true })}
    </time>
  );
}
