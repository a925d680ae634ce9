import { describe, expect, it, vi } from "vitest";
import { purchaseGiftCard } from "@/lib/providers/ktn/operations/purchase";
import { ktnControl } from "@/lib/providers/ktn/testing/operations-harness";
import { executeJob } from "../run-job";
import { OPERATOR, setUpJobsTest } from "../testing/harness";
import { ktnFulfilmentJob } from "./ktn-fulfilment";

const test = setUpJobsTest();

describe("ktn-fulfilment", () => {
  it("reads back a PROCESSING order nobody has looked at for a minute and stores its fulfilment, audited once", async () => {
    const order = await purchaseGiftCard({ productId: 18808, unitPrice: "40", senderName: "Acme Corp" }, OPERATOR);
    expect(order.status).toBe("PROCESSING");
    await ktnControl("fulfil", { orderId: Number(order.providerOrderId) });

    const fresh = await executeJob(ktnFulfilmentJob, { trigger: "SCHEDULE" });
    expect(fresh).toMatchObject({ ran: true, run: { changed: 0, summary: "No KTN order is waiting for fulfilment." } });

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    try {
      const polled = await executeJob(ktnFulfilmentJob, { trigger: "SCHEDULE" });
      expect(polled).toMatchObject({ ran: true, run: { outcome: "SUCCEEDED", changed: 1, summary: "KTN orders polled: 1 of 1 settled" } });
    } finally {
      vi.useRealTimers();
    }
    expect((await test.db.giftCardOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("FULFILLED");
    const audits = await test.db.auditEvent.findMany({ where: { action: "ktn.order.reconcile" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ outcome: "SUCCEEDED", actorId: null, message: "status PROCESSING → FULFILLED" });
  });
});
