import { z } from "zod";
import { JOB_NAMES } from "@/lib/jobs/names";

export const runJobSchema = z.object({ job: z.enum(JOB_NAMES) });
