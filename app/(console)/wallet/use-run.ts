"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";

/** Runs a server action from a button: toast on the answer, refresh the page, resolve to whether it was ok. */
export function useRun() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = <T,>(label: string | ((data: T) => string), action: () => Promise<ActionResult<T>>) =>
    new Promise<boolean>((resolve) =>
      startTransition(async () => {
        const result = await action();
        if (result.ok) {
          toast.success(typeof label === "function" ? label(result.data) : label);
          router.refresh();
        } else toast.error(result.error.message);
        resolve(result.ok);
      }),
    );
  return { run, pending };
}
