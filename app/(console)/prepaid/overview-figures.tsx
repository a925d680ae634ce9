import { ProviderFigures } from "@/components/overview/provider-figures";
import { transactionFigures } from "@/lib/providers/open-loyalty/operations/queries";

/** Open Loyalty Pay on the overview: the prepaid transactions, by outcome. */
export async function OpenLoyaltyFigures() {
  const figures = await transactionFigures();
  return (
    <ProviderFigures
      id="open-loyalty"
      title="Open Loyalty Pay"
      href="/prepaid"
      figures={[
        { label: "Prepaid transactions", value: figures.total, href: "/prepaid" },
        { label: "Succeeded", value: figures.succeeded, href: "/prepaid" },
        { label: "Declined", value: figures.declined, href: "/prepaid" },
        { label: "Waiting for reconciliation", value: figures.open, href: "/prepaid", attention: true },
      ]}
    />
  );
}
