import { z } from "zod";
import { notificationTypeSchema } from "@/lib/providers/kard/schemas/common";

const subscriptionId = z.string().trim().min(1).max(64);

/**
 * Where Kard may deliver notifications: an https URL, or plain http for this machine only.
 * The same rule as the operation's own check (`webhookUrlSchema` in
 * lib/providers/kard/operations/subscriptions.ts, which the forms cannot import: it loads the
 * database); subscriptions.validation.test.ts keeps the two in agreement.
 */
const webhookUrl = z
  .string()
  .trim()
  .max(2048, "Use a URL of at most 2048 characters.")
  .pipe(
    z.url({ protocol: /^https?$/, error: "Enter a full URL, e.g. https://console.example.com/api/webhooks/kard." }).refine((value) => {
      if (!URL.canParse(value)) return true;
      const url = new URL(value);
      return url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    }, "Use an https URL (plain http is allowed only for localhost)."),
  );

export const createSubscriptionSchema = z.object({
  eventName: notificationTypeSchema,
  webhookUrl,
  enabled: z.boolean(),
});

export const setSubscriptionEnabledSchema = z.object({ subscriptionId, enabled: z.boolean() });

export const changeSubscriptionUrlSchema = z.object({ subscriptionId, webhookUrl });

export const pointAllSchema = z.object({});
