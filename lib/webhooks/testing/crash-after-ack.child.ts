/**
 * Child process of durability.test.ts: receives one signed Kard notification the way the webhook
 * route does (receiveUntrustedWebhook with applyAfterAnswer, then webhookResponse), writes
 * `ACK <status>` to stdout once the answer is a 2xx, and kills itself with SIGKILL on the spot,
 * before anything scheduled after the answer can run. Env: DATABASE_URL, AUDIT_CHAIN_KEY,
 * EVENT_ID.
 */
import { writeSync } from "node:fs";
import { hmacBase64, kardNotification } from "@/lib/providers/kard/testing/webhooks";
import { kardWebhooks } from "@/lib/providers/kard/webhooks";
import { receiveUntrustedWebhook } from "@/lib/webhooks/inbox";
import { webhookResponse } from "@/lib/webhooks/respond";

const rawBody = kardNotification("validTransaction", process.env.EVENT_ID!, { transactionId: "tx-crash" });
const result = await receiveUntrustedWebhook({
  ...kardWebhooks,
  rawBody,
  headers: new Headers({ "notify-signature": hmacBase64(rawBody) }),
  context: { ip: "203.0.113.9", userAgent: "Kard" },
  applyAfterAnswer: true,
});
const response = webhookResponse(result);
if (response.ok) {
  writeSync(1, `ACK ${response.status}\n`);
  process.kill(process.pid, "SIGKILL");
}
writeSync(1, `NOT ACKNOWLEDGED ${response.status}\n`);
