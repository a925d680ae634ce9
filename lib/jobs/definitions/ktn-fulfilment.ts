import { db } from "@/lib/db";
import { syncRecord } from "@/lib/providers/ktn/operations/sync";
import { defineJob } from "../define-job";
import { combine, settleEach, tallied } from "../settle";

/** An order not read back for this long is one nobody is watching (an open order page polls every few seconds). */
const UNWATCHED_AFTER_MS = 60_000;
/** Orders older than this are no longer polled: KTN fulfils in minutes; a person looks at them (ms). */
const GIVE_UP_AFTER_MS = 30 * 86_400_000;
const BATCH = 50;

/**
 * Fulfilment polling of KTN orders nobody is watching: PROCESSING orders with a KTN order id,
 * created in the last 30 days and not changed for a minute, are read back with syncOrder
 * (getOrderById; audited only when the status moves), least recently changed first. An order page
 * that is open polls too; a status read twice is stored once. `changed`: orders whose status moved
 * (FULFILLED, FAILED, …).
 */
export const ktnFulfilmentJob = defineJob({
  name: "ktn-fulfilment",
  title: "KTN fulfilment polling",
  description: "Reads back KTN orders still being fulfilled that no open page is polling, and stores their new status.",
  schedule: { everyMinutes: 1 },
  async run({ actor, now }) {
    const orders = await db.giftCardOrder.findMany({
      where: {
        status: "PROCESSING",
        providerOrderId: { not: null },
        createdAt: { gt: new Date(now.getTime() - GIVE_UP_AFTER_MS) },
        updatedAt: { lt: new Date(now.getTime() - UNWATCHED_AFTER_MS) },
      },
      orderBy: { updatedAt: "asc" },
      take: BATCH,
    });
    const tally = await settleEach("ktn-fulfilment", orders, (order) => syncRecord(order, actor));
    return combine([tallied("KTN orders polled", tally)], "No KTN order is waiting for fulfilment.");
  },
});
