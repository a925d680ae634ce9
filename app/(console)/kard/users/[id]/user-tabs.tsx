"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { KardTransactionDto } from "@/lib/providers/kard/operations/queries-transactions";
import { TransactionsList } from "../../transactions/transactions-list";
import { EarnedRewardsTab } from "./earned-rewards-tab";
import { LocationsTab } from "./locations-tab";
import { OffersTab } from "./offers-tab";
import type { UserTab } from "./user-tab-names";


/** The user page's tabs; each reads Kard (or the console's own records) only while it is shown. */
export function UserTabs({
  userId,
  initialTab,
  can,
  transactions,
}: {
  userId: string;
  initialTab: UserTab;
  can: { pressCta: boolean; submitTransactions: boolean; reconcileTransactions: boolean };
  transactions: KardTransactionDto[];
}) {
  return (
    <Tabs defaultValue={initialTab}>
      <TabsList>
        <TabsTrigger value="offers">Offers</TabsTrigger>
        <TabsTrigger value="locations">Locations</TabsTrigger>
        <TabsTrigger value="rewards">Earned rewards</TabsTrigger>
        <TabsTrigger value="transactions">Transactions</TabsTrigger>
      </TabsList>
      <TabsContent value="offers" className="pt-2">
        <OffersTab userId={userId} canPressCta={can.pressCta} />
      </TabsContent>
      <TabsContent value="locations" className="pt-2">
        <LocationsTab userId={userId} />
      </TabsContent>
      <TabsContent value="rewards" className="pt-2">
        <EarnedRewardsTab userId={userId} />
      </TabsContent>
      <TabsContent value="transactions" className="pt-2">
        <TransactionsList userId={userId} initial={transactions} canSubmit={can.submitTransactions} canReconcile={can.reconcileTransactions} />
      </TabsContent>
    </Tabs>
  );
}
