import { describe, expect, it, vi } from "vitest";
import { kardWebhooks } from "@/lib/providers/kard/webhooks";
import { hmacBase64, kardNotification, seedKardTransaction } from "@/lib/providers/kard/testing/webhooks";
import { receiveWebhook } from "@/lib/webhooks/inbox";
import { executeJob } from "../run-job";
import { setUpJobsTest } from "../testing/harness";
import { MAX_ATTEMPTS, webhookReapplyJob } from "./webhook-reapply";

const test = setUpJobsTest();

function deliver(body: string) {
  const headers = new Headers({ "content-type": "application/json", "notify-signature": hmacBase64(body) });
  return receiveWebhook({ ...kardWebhooks, rawBody: body, headers });
}

const MINUTE = 60_000;

async function at<T>(offsetMs: number, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + offsetMs });
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

describe("webhook-reapply", () => {
  it("re-applies a verified webhook whose apply failed, as the console", async () => {
    await seedKardTransaction(test.db, "tx-f");
    vi.spyOn(kardWebhooks, "apply").mockRejectedValueOnce(new Error("database was locked"));
    const { event } = await deliver(kardNotification("clawback", "n-failed", { transactionId: "tx-f" }));
    expect(event).toMatchObject({ status: "FAILED" });

    const outcome = await executeJob(webhookReapplyJob, { trigger: "SCHEDULE" });

    expect(outcome).toMatchObject({ ran: true, run: { changed: 1, summary: "Webhook events re-applied: 1 of 1 settled" } });
    expect(await test.db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "APPLIED", error: null });
    expect((await test.db.kardTransaction.findFirstOrThrow({ where: { transactionId: "tx-f" } })).status).toBe("CLAWED_BACK");
    expect(await test.db.auditEvent.findFirstOrThrow({ where: { action: "kard.webhook.reprocess" } })).toMatchObject({ outcome: "SUCCEEDED", actorId: null });
  });

  it("backs off between its own failed attempts and leaves the event to a person after the last", async () => {
    await seedKardTransaction(test.db, "tx-b");
    const apply = vi.spyOn(kardWebhooks, "apply").mockRejectedValue(new Error("still broken"));
    await deliver(kardNotification("clawback", "n-broken", { transactionId: "tx-b" }));

    const run = () => webhookReapplyJob.run({ actor: { staff: null }, now: new Date() });
    expect(await run()).toEqual({ changed: 0, summary: "Webhook events re-applied: 0 of 1 settled, 1 could not be checked" });
    expect(await run()).toEqual({ changed: 0, summary: "Webhook events waiting for their next attempt: 1" });
    // Attempt n + 1 comes 5 min × 2ⁿ⁻¹ after attempt n: each wait below is just long enough.
    let elapsed = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      elapsed += 5 * MINUTE * 2 ** (attempt - 1) + 1_000;
      expect((await at(elapsed, run)).summary).toBe("Webhook events re-applied: 0 of 1 settled, 1 could not be checked");
    }
    expect(await at(elapsed + 24 * 60 * MINUTE, run)).toEqual({ changed: 0, summary: `Webhook events left for a person after ${MAX_ATTEMPTS} attempts: 1` });
    // The inbox's first apply, then the console's attempts.
    expect(apply).toHaveBeenCalledTimes(1 + MAX_ATTEMPTS);
  });
});
