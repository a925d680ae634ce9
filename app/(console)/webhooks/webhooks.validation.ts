import { z } from "zod";

export const reprocessSchema = z.object({ eventId: z.string().min(1).max(64) });
