import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listKardTransactions } from "@/lib/providers/kard/operations/queries-transactions";
import { listKardUsers } from "@/lib/providers/kard/operations/queries-users";
import { BulkUpload } from "./bulk-upload";
import { AuditRequestForm, FraudFlagForm } from "./fraud-and-audit-forms";
import { TransactionForm } from "./transaction-form";
import { TransactionsList } from "./transactions-list";

export const metadata: Metadata = { title: "Kard transactions" };

export default async function KardTransactionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requirePagePermission("kard.read");
  const query = await searchParams;
  const canSubmit = can(staff.role, "kard.transactions.submit");
  const [users, transactions] = await Promise.all([listKardUsers(), listKardTransactions()]);
  const options = users.map((u) => ({ value: u.id, label: u.source === "PERSONA" ? `${u.id} (persona)` : u.id }));
  const requested = query.userId?.slice(0, 64);
  if (requested && !options.some((o) => o.value === requested)) options.unshift({ value: requested, label: requested });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Kard transactions"
        description="Send card transactions to Kard for matching — one event, a documented UAT case, or a CSV file — and follow what Kard's notifications say about them."
      />
      {canSubmit ? (
        <Tabs defaultValue="single">
          <TabsList>
            <TabsTrigger value="single">Transaction</TabsTrigger>
            <TabsTrigger value="bulk">Bulk CSV</TabsTrigger>
            <TabsTrigger value="fraud">Fraud &amp; audits</TabsTrigger>
          </TabsList>
          <TabsContent value="single" className="pt-2">
            <TransactionForm
              users={options}
              defaults={{ userId: requested ?? options[0]?.value ?? "", description: query.description?.slice(0, 200) ?? "", transactionId: `txn-${randomUUID().slice(0, 8)}` }}
            />
          </TabsContent>
          <TabsContent value="bulk" className="pt-2">
            <BulkUpload />
          </TabsContent>
          <TabsContent value="fraud" className="pt-2">
            <div className="grid gap-6 lg:grid-cols-2">
              <Card>
                <CardHeader>
                  <CardTitle role="heading" aria-level={2}>
                    Flag a fraudulent transaction
                  </CardTitle>
                  <CardDescription>Kard then rewards nothing for it.</CardDescription>
                </CardHeader>
                <CardContent>
                  <FraudFlagForm users={options} />
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle role="heading" aria-level={2}>
                    Request an audit
                  </CardTitle>
                  <CardDescription>For a reward that is wrong or missing; Kard reports back with auditUpdate notifications.</CardDescription>
                </CardHeader>
                <CardContent>
                  <AuditRequestForm users={options} />
                </CardContent>
              </Card>
            </div>
          </TabsContent>
        </Tabs>
      ) : (
        <p className="rounded-md border bg-muted/40 p-3 text-sm text-muted-foreground" data-testid="read-only-notice">
          Your role can follow the transactions sent to Kard but not submit, flag or audit them.
        </p>
      )}
      <section aria-labelledby="sent-title" className="space-y-3">
        <h2 id="sent-title" className="text-lg font-semibold">
          Sent to Kard
        </h2>
        <TransactionsList initial={transactions} canSubmit={canSubmit} canReconcile={can(staff.role, "kard.transactions.reconcile")} />
      </section>
    </div>
  );
}
