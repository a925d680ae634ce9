"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { runJobNow } from "@/lib/jobs/run-now";
import { runJobSchema } from "./jobs.validation";

export const runJobNowAction = defineAction({
  name: "jobs.job.run",
  permission: "jobs.run",
  input: runJobSchema,
  handler: async (input, actor) => {
    try {
      return await runJobNow(input, actor);
    } finally {
      revalidatePath("/settings/jobs");
    }
  },
});
