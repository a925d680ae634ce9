import type { Metadata } from "next";
import Link from "next/link";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { catalogueView } from "@/lib/providers/ktn/operations/queries";
import { AccountPanel } from "./account-panel";
import { CatalogueBrowser } from "./catalogue-browser";
import { toCatalogueCard } from "./catalogue-card";

export const metadata: Metadata = { title: "Gift card catalogue" };

export default async function CataloguePage() {
  const staff = await requirePagePermission("giftCards.read");
  const header = (
    <PageHeader
      title="Gift card catalogue"
      description="KTN gift cards you can buy, with KTN's fee added to each."
      actions={
        <Button variant="outline" asChild>
          <Link href="/gift-cards/orders">Orders</Link>
        </Button>
      }
    />
  );
  const loaded = await loadCatalogue();
  if (!loaded.ok) {
    return (
      <div className="space-y-6">
        {header}
        <ProviderUnavailable error={loaded.error} what="the KTN catalogue" />
      </div>
    );
  }
  const { cards, preference, account } = loaded;
  return (
    <div className="space-y-6">
      {header}
      <AccountPanel account={account} preference={preference} />
      <CatalogueBrowser
        cards={cards.map(toCatalogueCard)}
        preference={preference}
        canPurchase={can(staff.role, "giftCards.purchase")}
        defaultSender={staff.name}
      />
    </div>
  );
}

async function loadCatalogue() {
  try {
    return { ok: true as const, ...(await catalogueView()) };
  } catch (error) {
    return { ok: false as const, error };
  }
}
