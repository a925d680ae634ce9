import { BellOff } from "lucide-react";
import type { Metadata } from "next";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { consoleWebhookUrl, listSubscriptions, type ConsoleChange, type SubscriptionView } from "@/lib/providers/kard/operations/subscriptions";
import { NOTIFICATION_TYPES } from "@/lib/providers/kard/schemas/common";
import { CreateSubscriptionDialog } from "./create-subscription-dialog";
import { EVENT_DESCRIPTIONS } from "./event-types";
import { PointAllButton } from "./point-all-button";
import { ChangeUrlDialog, EnabledSwitch } from "./subscription-row-controls";

export const metadata: Metadata = { title: "Kard subscriptions" };

function Change({ change }: { change: ConsoleChange | null }) {
  if (!change) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="grid">
      <RelativeTime date={change.at} />
      {change.by ? <span className="text-xs text-muted-foreground">{change.by}</span> : null}
    </span>
  );
}

function SubscriptionsTable({ subscriptions, canManage }: { subscriptions: SubscriptionView[]; canManage: boolean }) {
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Event</TableHead>
            <TableHead>Webhook URL</TableHead>
            <TableHead>Enabled</TableHead>
            <TableHead title="Kard does not report these: the console's own changes, from the audit history">Created here</TableHead>
            <TableHead title="Kard does not report these: the console's own changes, from the audit history">Updated here</TableHead>
            {canManage ? (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {subscriptions.map((s) => (
            <TableRow key={s.id} data-testid="subscription-row" data-event={s.eventName}>
              <TableCell>
                <span className="block font-mono text-sm font-medium">{s.eventName}</span>
                <span className="block text-xs text-muted-foreground">{EVENT_DESCRIPTIONS[s.eventName]}</span>
              </TableCell>
              <TableCell className="max-w-md">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-xs break-all">{s.webhookUrl}</span>
                  {s.pointsAtConsole ? <Badge variant="info">this console</Badge> : null}
                </span>
              </TableCell>
              <TableCell>
                {canManage ? (
                  <EnabledSwitch row={s} />
                ) : (
                  <Badge variant={s.enabled ? "success" : "secondary"}>{s.enabled ? "on" : "off"}</Badge>
                )}
              </TableCell>
              <TableCell>
                <Change change={s.created} />
              </TableCell>
              <TableCell>
                <Change change={s.updated} />
              </TableCell>
              {canManage ? (
                <TableCell className="text-right">
                  <ChangeUrlDialog row={s} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export default async function KardSubscriptionsPage() {
  const staff = await requirePagePermission("kard.read");
  const canManage = can(staff.role, "kard.subscriptions.manage");
  const consoleUrl = consoleWebhookUrl();
  let subscriptions: SubscriptionView[];
  try {
    subscriptions = await listSubscriptions();
  } catch (error) {
    return (
      <div className="space-y-6">
        <PageHeader title="Kard subscriptions" />
        <ProviderUnavailable error={error} what="Kard's subscriptions" />
      </div>
    );
  }
  const subscribed = [...new Set(subscriptions.map((s) => s.eventName))];
  const missing = NOTIFICATION_TYPES.filter((type) => !subscribed.includes(type));

  return (
    <div className="space-y-6">
      <PageHeader
        title="Kard subscriptions"
        description="Where Kard sends its notification webhooks: one URL per event type. Kard signs each one; the console checks the signature."
        actions={canManage ? <CreateSubscriptionDialog consoleUrl={consoleUrl} subscribed={subscribed} /> : null}
      />
      <section aria-label="This console's webhook URL" className="flex flex-wrap items-center gap-3 rounded-md border p-4">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium">This console receives Kard notifications at</p>
          <span className="flex items-center gap-1">
            <code className="font-mono text-sm break-all" data-testid="console-webhook-url">
              {consoleUrl}
            </code>
            <CopyButton value={consoleUrl} label="Copy the webhook URL" />
          </span>
          {missing.length > 0 ? (
            <p className="text-sm text-muted-foreground">Not subscribed: {missing.join(", ")}.</p>
          ) : (
            <p className="text-sm text-muted-foreground">Every event type has a subscription.</p>
          )}
        </div>
        {canManage ? <PointAllButton consoleUrl={consoleUrl} eventCount={NOTIFICATION_TYPES.length} /> : null}
      </section>
      {subscriptions.length === 0 ? (
        <EmptyState
          icon={BellOff}
          title="No subscriptions"
          description={
            canManage
              ? "Kard sends no notifications yet. Point every event type at this console, or add one subscription."
              : "Kard sends no notifications yet. An admin can subscribe this console."
          }
        />
      ) : (
        <SubscriptionsTable subscriptions={subscriptions} canManage={canManage} />
      )}
    </div>
  );
}
