import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from "@/lib/audit/actions";
import { PROVIDER_SLUGS } from "@/lib/providers/slugs";
import { providerName } from "@/lib/providers/registry";
import type { AuditQuery } from "./audit-search-params";

/** Actions grouped by their first segment (provider or area), for the select's optgroups. */
const ACTION_GROUPS = [...new Set(AUDIT_ACTIONS.map((action) => action.split(".")[0]))].map(
  (group) => [group, AUDIT_ACTIONS.filter((action) => action.startsWith(`${group}.`))] as const,
);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The /audit filter as a plain GET form: it works without JavaScript, and the URL it produces is
 * the page's state (shareable, and the source of the export link).
 */
export function AuditFilterForm({ query }: { query: AuditQuery }) {
  return (
    <form action="/audit" method="get" role="search" aria-label="Filter audit events" className="grid gap-3 rounded-md border p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="grid gap-1.5">
        <Label htmlFor="audit-actor">Actor</Label>
        <Input id="audit-actor" name="actor" defaultValue={query.actor} placeholder="Email, part of it, or staff id" />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-action">Action</Label>
        <NativeSelect id="audit-action" name="action" defaultValue={query.action ?? ""} placeholder="All actions" wrapperClassName="w-full">
          {ACTION_GROUPS.map(([group, actions]) => (
            <optgroup key={group} label={group}>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-provider">Provider</Label>
        <NativeSelect
          id="audit-provider"
          name="provider"
          defaultValue={query.provider ?? ""}
          placeholder="All providers"
          wrapperClassName="w-full"
          options={PROVIDER_SLUGS.map((slug) => ({ value: slug, label: providerName(slug) }))}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-outcome">Outcome</Label>
        <NativeSelect
          id="audit-outcome"
          name="outcome"
          defaultValue={query.outcome ?? ""}
          placeholder="All outcomes"
          wrapperClassName="w-full"
          options={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: outcome.toLowerCase() }))}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-from">From (UTC)</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={query.from && DATE_ONLY.test(query.from) ? query.from : undefined} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-to">To (UTC, inclusive)</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={query.to && DATE_ONLY.test(query.to) ? query.to : undefined} />
      </div>
      <div className="flex items-end gap-2 lg:col-span-2">
        <Button type="submit">Apply filters</Button>
        <Button variant="ghost" asChild>
          <Link href="/audit">Clear</Link>
        </Button>
      </div>
    </form>
  );
}
