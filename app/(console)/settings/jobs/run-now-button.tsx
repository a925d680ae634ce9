"use client";

import { Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { JobName } from "@/lib/jobs/names";
import { runJobNowAction } from "./actions";

/** "Run now" for one job (admins), with a confirmation saying what the job does. */
export function RunNowButton({ job, title, description }: { job: JobName; title: string; description: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm" aria-label={`Run ${title} now`}>
          <Play className="size-4" aria-hidden /> Run now
        </Button>
      }
      title={`Run “${title}” now?`}
      description={`${description} It runs once now, as the console, and is listed under Recent runs; its schedule is unchanged.`}
      confirmLabel="Run now"
      pendingLabel="Running…"
      destructive={false}
      onConfirm={async () => {
        const result = await runJobNowAction({ job });
        if (result.ok) toast.success(`${title}: ${result.data.summary ?? "done"}`);
        else toast.error(result.error.message);
        router.refresh();
      }}
    />
  );
}
