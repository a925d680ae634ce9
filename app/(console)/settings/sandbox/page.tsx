import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { OperationError } from "@/lib/errors";
import type { ProviderSlug } from "@/lib/providers/slugs";
import { providerConfig, providerModes } from "@/lib/providers/registry";
import { sandboxControls } from "@/lib/sandbox/controls";
import { FaultForm } from "./fault-form";

export const metadata: Metadata = { title: "Providers & sandbox" };

/** The faults injected into each sandbox, wherever the simulators run; the reason when they cannot be listed. */
async function activeFaults(providers: { slug: ProviderSlug; name: string }[]) {
  try {
    const lists = await Promise.all(providers.map(async (p) => (await sandboxControls().faults(p.slug)).map((f) => ({ provider: p.name, ...f }))));
    return { faults: lists.flat(), faultsError: null };
  } catch (error) {
    return { faults: [], faultsError: error instanceof OperationError ? error.message : "The sandbox faults could not be listed." };
  }
}

export default async function SandboxSettingsPage() {
  const staff = await requirePagePermission("providers.read");
  const providers = providerModes();
  const controls = can(staff.role, "sandbox.control");
  const { faults, faultsError } = controls ? await activeFaults(providers.filter((p) => p.mode === "sandbox" && p.available)) : { faults: [], faultsError: null };
  return (
    <div className="space-y-6">
      <PageHeader title="Providers & sandbox" description="Each provider is live when its credentials are set in the environment, and served by the built-in sandbox otherwise." />
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Provider</TableHead>
              <TableHead>Mode</TableHead>
              <TableHead>Base URL</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {providers.map((p) => (
              <TableRow key={p.slug}>
                <TableCell className="font-medium">{p.name}</TableCell>
                <TableCell>
                  {p.available ? (
                    <Badge variant={p.mode === "live" ? "destructive" : "secondary"}>{p.mode.toUpperCase()}</Badge>
                  ) : (
                    <Badge variant="outline">NOT CONNECTED</Badge>
                  )}
                </TableCell>
                <TableCell className="font-mono text-xs">{p.available ? providerConfig(p.slug).baseUrl : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {controls ? (
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Fault injection</CardTitle>
            <CardDescription>
              Rehearse failures: the next matching requests to a sandbox are delayed, refused, never answered, or applied with their
              answer lost. Also over HTTP at <code className="font-mono">/sandbox/_control</code>.
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <FaultForm providers={providers.filter((p) => p.mode === "sandbox" && p.available)} />
            <div>
              <h3 className="mb-2 text-sm font-medium">Active faults</h3>
              {faultsError ? (
                <p role="alert" className="text-sm text-destructive">
                  {faultsError}
                </p>
              ) : faults.length === 0 ? (
                <p className="text-sm text-muted-foreground">None.</p>
              ) : (
                <ul className="space-y-1 text-sm">
                  {faults.map((f, i) => (
                    <li key={i} className="font-mono text-xs">
                      {f.provider}: {JSON.stringify(f.fault)} {f.method ?? "ANY"} {f.pathIncludes ?? "*"} ×{f.count}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
