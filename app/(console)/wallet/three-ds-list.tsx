"use client";

import { ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Money } from "@/components/ui/money";
import { validateThreeDsAction } from "./actions";
import { useRun } from "./use-run";

export interface ThreeDsItem {
  id: string;
  cardId: string;
  amount: string;
  currency: string;
  merchantName: string | null;
  at: string;
  timeLeftMs: number;
}

const minutes = (ms: number) => (ms <= 0 ? "expired" : `${Math.ceil(ms / 60_000)} min left`);

/** Pending 3DS confirmations (confirmed against Kazawallet's API) with amount, merchant and time left; staff validate each. */
export function ThreeDsList({ items, canValidate }: { items: ThreeDsItem[]; canValidate: boolean }) {
  const { run, pending } = useRun();
  if (items.length === 0) return <p className="text-sm text-muted-foreground">No payment is waiting for a 3DS confirmation.</p>;
  return (
    <ul className="divide-y rounded-md border">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 p-3" data-testid="three-ds-item">
          <div className="text-sm">
            <Money amount={item.amount} currency={item.currency} className="font-medium" /> at {item.merchantName ?? "an unnamed merchant"}
            <div className="text-muted-foreground">
              {item.cardId} · {new Date(item.at).toLocaleString("en-GB")} · <span data-testid="three-ds-time-left">{minutes(item.timeLeftMs)}</span>
            </div>
          </div>
          {canValidate ? (
            <ConfirmDialog
              trigger={
                <Button size="sm" disabled={pending || item.timeLeftMs <= 0}>
                  <ShieldCheck className="size-4" aria-hidden /> Validate 3DS
                </Button>
              }
              title="Validate this payment?"
              description="Kazawallet is sent the 3DS code of this payment: the card is charged. The code itself is never shown."
              confirmLabel="Validate payment"
              pendingLabel="Validating…"
              onConfirm={() => run("Payment validated", () => validateThreeDsAction({ eventId: item.id }))}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
