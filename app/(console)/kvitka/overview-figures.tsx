import { ProviderFigures } from "@/components/overview/provider-figures";
import { operationFigures } from "@/lib/providers/kvitka/operations/queries";

/** KvitkaCard on the overview: the points exchanges, by what they wait for. */
export async function KvitkaFigures() {
  const figures = await operationFigures();
  return (
    <ProviderFigures
      id="kvitka"
      title="KvitkaCard"
      href="/kvitka"
      figures={[
        { label: "Points exchanges", value: figures.total, href: "/kvitka" },
        { label: "Settled", value: figures.settled, href: "/kvitka" },
        { label: "Waiting for an operator", value: figures.awaitingOperator, href: "/kvitka", attention: true },
        { label: "Unknown outcome", value: figures.unknown, href: "/kvitka", attention: true },
      ]}
    />
  );
}
