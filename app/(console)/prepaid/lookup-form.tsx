import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ENTRY_TYPES } from "@/lib/providers/open-loyalty/schemas";

const ENTRY_LABELS: Record<(typeof ENTRY_TYPES)[number], string> = { B: "Barcode", K: "Keyed", M: "Magnetic stripe", P: "Proximity" };

/** GET /prepaid/card?account=…&entry=…: works without JavaScript; the card page validates both. */
export function LookupForm({ account = "", entry = "K" }: { account?: string; entry?: string }) {
  return (
    <form action="/prepaid/card" method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label="Look up a card">
      <div className="grid gap-1.5">
        <Label htmlFor="account">Card number</Label>
        <Input id="account" name="account" defaultValue={account} inputMode="numeric" autoComplete="off" className="w-64" required />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="entry">Entry type</Label>
        <NativeSelect id="entry" name="entry" defaultValue={entry} options={ENTRY_TYPES.map((value) => ({ value, label: `${ENTRY_LABELS[value]} (${value})` }))} />
      </div>
      <Button type="submit">Look up</Button>
    </form>
  );
}
