"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";
import { kvitkaKeys } from "./query-keys";

/**
 * Runs a server action: a toast for the outcome, the live queries invalidated after it.
 * Resolves to the data, or null when the action refused (its message was toasted).
 */
export function useActionRunner() {
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T>>, success?: string | ((data: T) => string | null)) =>
    new Promise<T | null>((resolve) =>
      startTransition(async () => {
        const result = await action();
        void queryClient.invalidateQueries({ queryKey: kvitkaKeys.all });
        if (!result.ok) {
          toast.error(result.error.message);
          return resolve(null);
        }
        const message = typeof success === "function" ? success(result.data) : success;
        if (message) toast.success(message);
        resolve(result.data);
      }),
    );
  return { pending, run };
}
