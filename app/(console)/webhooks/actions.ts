"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { reprocessWebhookEvent } from "@/lib/webhooks/reprocess";
import { reprocessSchema } from "./webhooks.validation";

// Denials are audited as webhook.event.reprocess (the provider is not known before the event
// is loaded); the re-process itself is audited <provider>.webhook.reprocess.
export const reprocessWebhookEventAction = defineAction({
  name: "webhook.event.reprocess",
  permission: "webhooks.reprocess",
  input: reprocessSchema,
  handler: async ({ eventId }, actor) => {
    const event = await reprocessWebhookEvent(eventId, actor);
    revalidatePath("/webhooks");
    revalidatePath(`/webhooks/${event.id}`);
    return { status: event.status };
  },
});
