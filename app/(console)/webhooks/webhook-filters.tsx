import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect, type NativeSelectOption } from "@/components/ui/native-select";
import { statusLabel } from "@/components/ui/status-badge";
import type { WebhookFilter } from "@/lib/webhooks/filters";
import { SIGNATURE_STATUSES, WEBHOOK_STATUSES } from "@/lib/webhooks/types";

const plain = (values: readonly string[]): NativeSelectOption[] => values.map((value) => ({ value, label: value }));
const statuses = (values: readonly string[]): NativeSelectOption[] => values.map((value) => ({ value, label: statusLabel(value) }));

/**
 * The inbox filters as a GET form: works without JavaScript, and the URL holds the filter so a
 * filtered inbox can be shared. Providers and types offered are those present in the inbox.
 */
export function WebhookFilters({ filter, providers, types }: { filter: WebhookFilter; providers: { value: string; label: string }[]; types: string[] }) {
  const fields = [
    { name: "provider", label: "Provider", all: "All providers", options: providers, value: filter.provider },
    { name: "type", label: "Type", all: "All types", options: plain(types), value: filter.type },
    { name: "signatureStatus", label: "Signature", all: "Any signature", options: statuses(SIGNATURE_STATUSES), value: filter.signatureStatus },
    { name: "status", label: "Status", all: "Any status", options: statuses(WEBHOOK_STATUSES), value: filter.status },
  ];
  const filtered = Object.values(filter).some(Boolean);
  return (
    <form action="/webhooks" className="flex flex-wrap items-end gap-3" aria-label="Filter webhook events">
      {fields.map((field) => (
        <div key={field.name} className="grid gap-1.5">
          <Label htmlFor={`webhook-filter-${field.name}`}>{field.label}</Label>
          <NativeSelect id={`webhook-filter-${field.name}`} name={field.name} defaultValue={field.value ?? ""} placeholder={field.all} options={field.options} />
        </div>
      ))}
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      {filtered ? (
        <Button variant="ghost" asChild>
          <Link href="/webhooks">Clear filters</Link>
        </Button>
      ) : null}
    </form>
  );
}
