import type { FetchFn } from "@/lib/providers/http";
import { SIGNATURE_HEADER, signNotificationBody } from "./signing";
import type { NotificationRecord, SandboxState } from "./state";

/**
 * Outbound notification webhooks: the payload envelope `{data, meta:{issuerId, issuerName}}`,
 * the `notify-signature` HMAC over the exact bytes sent, and delivery to the URL subscribed for
 * the event type. Delivery never fails the API call that caused it: each attempt (or its
 * absence) is recorded on the notification.
 * Source: Kard seed, "Notification Webhook" (`notifications.NotificationPayload`),
 * "Notifications" (one webhookUrl per event type, the id is the idempotency key).
 */
export interface NotificationData {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: { type: string; id: string } }>;
}

export interface NotifierOptions {
  state: () => SandboxState;
  deliver: FetchFn;
  webhookKey: string;
  issuerId: string;
  issuerName: string;
  now: () => Date;
  timeoutMs?: number;
}

export class Notifier {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly opts: NotifierOptions) {}

  /** Records the notification and starts delivering it; returns without waiting. */
  emit(data: NotificationData, userId?: string): NotificationRecord {
    const body = JSON.stringify({ data, meta: { issuerId: this.opts.issuerId, issuerName: this.opts.issuerName } });
    const record: NotificationRecord = {
      id: data.id,
      type: data.type,
      userId,
      createdAt: this.opts.now(),
      body,
      signature: signNotificationBody(body, this.opts.webhookKey),
      status: "pending",
      deliveries: [],
    };
    this.opts.state().notifications.push(record);
    this.track(this.dispatch(record));
    return record;
  }

  /** Waits for every delivery started so far. */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Re-delivers every notification not yet delivered to a current subscription. */
  async deliverPending(): Promise<NotificationRecord[]> {
    await this.settle();
    const pending = this.opts.state().notifications.filter((n) => n.status !== "delivered");
    await Promise.all(pending.map((record) => this.dispatch(record)));
    return pending;
  }

  private track(promise: Promise<void>): void {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
  }

  private async dispatch(record: NotificationRecord): Promise<void> {
    const subscription = [...this.opts.state().subscriptions.values()].find((s) => s.eventName === record.type && s.enabled);
    if (!subscription) {
      if (record.status === "pending") record.status = "no-subscription";
      return;
    }
    const at = this.opts.now().toISOString();
    try {
      const response = await this.opts.deliver(subscription.webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: record.signature },
        body: record.body,
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5_000),
      });
      const ok = response.ok;
      await response.body?.cancel().catch(() => undefined);
      record.deliveries.push({ at, subscriptionId: subscription.id, url: subscription.webhookUrl, ok, httpStatus: response.status });
      record.status = ok ? "delivered" : "failed";
    } catch (error) {
      record.deliveries.push({
        at,
        subscriptionId: subscription.id,
        url: subscription.webhookUrl,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
      record.status = "failed";
    }
  }
}
