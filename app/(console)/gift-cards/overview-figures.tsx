import { ProviderFigures } from "@/components/overview/provider-figures";
import { orderFigures } from "@/lib/providers/ktn/operations/queries";

/** KTN Gift Card on the overview: the orders placed from this console, by what they wait for. */
export async function GiftCardFigures() {
  const figures = await orderFigures();
  return (
    <ProviderFigures
      id="ktn"
      title="KTN Gift Card"
      href="/gift-cards/orders"
      figures={[
        { label: "Gift card orders", value: figures.total, href: "/gift-cards/orders" },
        { label: "Fulfilled", value: figures.fulfilled, href: "/gift-cards/orders?status=FULFILLED" },
        { label: "Waiting on KTN", value: figures.waitingOnKtn, href: "/gift-cards/orders?status=PROCESSING" },
        { label: "Unknown outcome", value: figures.unknown, href: "/gift-cards/orders?status=UNKNOWN", attention: true },
      ]}
    />
  );
}
