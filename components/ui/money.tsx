import Decimal from "decimal.js";
import type { ComponentProps } from "react";

import { formatMoney, type DecimalLike, type MoneyFormatOptions } from "@/components/ui/format-money";
import { cn } from "@/lib/utils";

export type MoneyProps = Omit<ComponentProps<"span">, "children"> &
  MoneyFormatOptions & {
    /** Decimal string (or decimal object) in major units, or in minor units with `minorUnits`. */
    amount: string | DecimalLike;
    /** ISO 4217 code ("USD") or a unit name ("points", "KvitkaCoins"). */
    currency: string;
    /** Colour negative amounts as destructive and positive ones as success (ledgers, adjustments). */
    tone?: "plain" | "signed";
  };

/**
 * Displays an amount with tabular digits. Display only: it never does arithmetic on the value.
 * A value that is not a decimal is shown verbatim (with its unit) rather than breaking the page.
 */
export function Money({ amount, currency, locale, minorUnits, signDisplay, tone = "plain", className, ...props }: MoneyProps) {
  const raw = typeof amount === "string" ? amount : amount.toFixed();
  let text: string;
  let valid = true;
  try {
    text = formatMoney(amount, currency, { locale, minorUnits, signDisplay });
  } catch {
    text = `${raw} ${currency}`.trim();
    valid = false;
  }
  const sign = valid ? new Decimal(raw.trim()).comparedTo(0) : 0;
  return (
    <span
      data-slot="money"
      data-invalid={valid ? undefined : true}
      className={cn(
        "tabular-nums whitespace-nowrap",
        tone === "signed" && sign < 0 && "text-destructive",
        tone === "signed" && sign > 0 && "text-success",
        className,
      )}
      {...props}
    >
      {text}
    </span>
  );
}
