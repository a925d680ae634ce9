import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { KTN_FEE_TIERS } from "@/lib/providers/ktn/fees";
import type { KtnAccountDetails, KtnFeePreference } from "@/lib/providers/ktn/schemas";

const TIER_LABELS: Record<string, string> = {
  feeFor1To99: "$1 – $99",
  feeFor100To250: "$100 – $250",
  feeFor251To500: "$251 – $500",
  feeFor501To750: "$501 – $750",
  feeFor751To999: "$751 – $999",
  feePercentageFor1000To5000: "$1,000 – $5,000",
};

/** KTN account balance and charge type, and the active fee tiers. Amounts in dollars. */
export function AccountPanel({ account, preference }: { account: KtnAccountDetails; preference: KtnFeePreference }) {
  const balance = account.merchantApiProfileBalanceAccount;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle className="text-base">KTN account</CardTitle>
          <CardDescription>{account.active ? "Profile active" : "Profile inactive: purchases will be refused"}</CardDescription>
        </CardHeader>
        <CardContent className="flex items-end justify-between gap-4">
          <div>
            <p className="text-sm text-muted-foreground">Balance</p>
            <Money className="text-2xl font-semibold" amount={String(balance?.balance ?? 0)} currency="USD" data-testid="ktn-balance" />
          </div>
          <Badge variant="outline" title="How purchases are charged">
            {balance?.chargeType === "CHARGE_ACCOUNT_BALANCE" ? "Charged to balance" : "Charged to card on file"}
          </Badge>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Fee tiers</CardTitle>
          <CardDescription>Added to each card by KTN, by the card&apos;s cost in dollars.</CardDescription>
        </CardHeader>
        <CardContent>
          <table className="w-full text-sm">
            <tbody>
              {KTN_FEE_TIERS.map((tier) => (
                <tr key={tier.field} className="border-b last:border-0">
                  <td className="py-1 text-muted-foreground">{TIER_LABELS[tier.field]}</td>
                  <td className="py-1 text-right tabular-nums">
                    {tier.kind === "fixed" ? `$${Number(preference[tier.field]).toFixed(2)}` : `${preference[tier.field]} %`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
    </div>
  );
}
