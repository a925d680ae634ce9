import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTimelineCard } from "@/components/audit/audit-timeline";
import { auditTrail } from "@/lib/audit/query";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { KeyValue } from "@/components/ui/key-value";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { staffActor } from "@/lib/audit/actor";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { toOrderDto } from "@/lib/providers/ktn/operations/order-dto";
import { orderTarget } from "@/lib/providers/ktn/operations/order-record";
import { findOrder } from "@/lib/providers/ktn/operations/queries";
import { needsReplay, reconcileOrder } from "@/lib/providers/ktn/operations/reconcile";
import { requestContext } from "@/lib/request-context";
import { OrderStatusBadge } from "../../order-status-badge";
import { OrderActions } from "./order-actions";
import { OrderLiveStatus } from "./order-live-status";

export const metadata: Metadata = { title: "Gift card order" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePagePermission("giftCards.read");
  const { id } = await params;
  let order = await findOrder(id);
  if (!order) notFound();

  // An order whose outcome is unknown is reconciled as soon as someone allowed to looks at it.
  let reconcileError: string | null = null;
  if (needsReplay(order) && can(staff.role, "giftCards.reconcile")) {
    try {
      order = await reconcileOrder({ orderId: order.id }, staffActor(staff, await requestContext()));
    } catch (error) {
      reconcileError = error instanceof Error ? error.message : String(error);
    }
  }
  const events = await auditTrail(orderTarget(order));
  const dto = toOrderDto(order);

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {order.productName} <OrderStatusBadge status={order.status} />
          </span>
        }
        description={
          <>
            <Link href="/gift-cards/orders" className="underline-offset-4 hover:underline">
              Orders
            </Link>{" "}
            · placed by {order.createdByEmail ?? "unknown"}
          </>
        }
      />
      <OrderLiveStatus order={dto} />
      {order.status === "UNKNOWN" ? (
        <p role="alert" className="rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
          KTN has not confirmed what happened to this purchase{order.lastErrorMessage ? ` (${order.lastErrorMessage})` : ""}.
          Reconcile asks KTN again with the same idempotency key: it can never buy the card twice.
          {reconcileError ? ` Last attempt: ${reconcileError}` : ""}
        </p>
      ) : null}
      {order.status === "FAILED" && order.lastErrorMessage ? (
        <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 p-3 text-sm">
          KTN refused this purchase: {order.lastErrorMessage}
        </p>
      ) : null}
      <OrderActions
        orderId={order.id}
        status={order.status}
        hasProviderId={Boolean(order.providerOrderId)}
        can={{
          refresh: can(staff.role, "giftCards.refresh"),
          reconcile: can(staff.role, "giftCards.reconcile"),
          // Only a fulfilled card has credentials (a refunded one is no longer valid at KTN).
          reveal: can(staff.role, "giftCards.credentials.reveal") && order.status === "FULFILLED",
          refund: can(staff.role, "giftCards.refund"),
          void: can(staff.role, "giftCards.void"),
        }}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Order</CardTitle>
          </CardHeader>
          <CardContent>
            <KeyValue
              items={[
                { label: "Card value", value: <Money amount={dto.unitPrice} currency={dto.currencyCode} /> },
                { label: "KTN fee", value: <Money amount={dto.feeAmount} currency="USD" /> },
                { label: "Total", value: <Money amount={dto.totalAmount} currency="USD" /> },
                { label: "KTN order id", value: <span className="font-mono" data-testid="provider-order-id">{dto.providerOrderId ?? "—"}</span> },
                { label: "KTN status", value: dto.providerStatus ?? "—" },
                { label: "Sender", value: dto.senderName },
                { label: "Recipient email", value: dto.recipientEmail ?? "—" },
                { label: "Idempotency key", value: <span className="font-mono text-xs">{dto.idempotencyKey}</span> },
                ...(dto.refundReason ? [{ label: "Refund reason", value: dto.refundReason }] : []),
              ]}
            />
          </CardContent>
        </Card>
        <AuditTimelineCard events={events} />
      </div>
    </div>
  );
}
