import { ProviderFigures } from "@/components/overview/provider-figures";
import { Money } from "@/components/ui/money";
import { kazawalletFigures, walletPanel } from "@/lib/providers/kazawallet/operations/queries";

/** Kazawallet on the overview: cards by status, what needs someone, and the wallet balances. */
export async function KazawalletFigures() {
  const [figures, panel] = await Promise.all([kazawalletFigures(), walletPanel()]);
  return (
    <div className="space-y-2">
      <ProviderFigures
        id="kazawallet"
        title="Kazawallet"
        href="/wallet"
        figures={[
          { label: "Active cards", value: figures.active, href: "/wallet?status=active" },
          { label: "Locked cards", value: figures.locked, href: "/wallet?status=locked" },
          { label: "Cancelled cards", value: figures.cancelled, href: "/wallet?status=cancelled" },
          { label: "Needs attention", value: figures.attention, href: "/wallet?status=UNKNOWN", attention: true },
        ]}
      />
      <p className="flex flex-wrap gap-4 text-sm text-muted-foreground" data-testid="overview-kazawallet-wallets">
        {panel.error ? `Wallets unavailable: ${panel.error}` : panel.wallets.map((w) => <Money key={w.currency} amount={w.amount} currency={w.currency} />)}
      </p>
    </div>
  );
}
