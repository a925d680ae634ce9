"use client";

import { format, parseISO } from "date-fns";
import { Badge } from "@/components/ui/badge";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { KeyValue } from "@/components/ui/key-value";
import { Money } from "@/components/ui/money";
import type { OfferCardDto } from "@/lib/providers/kard/operations/offers";

/** Where the VIEW attribution of an opened offer stands. */
export type OfferViewAttribution = { state: "sending" } | { state: "recorded"; jobId: string } | { state: "failed"; message: string };

const day = (iso: string) => {
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, "d MMM yyyy");
};
const cents = (value: number | null) => (value === null ? null : <Money amount={String(value)} currency="USD" minorUnits />);

/**
 * An offer's detail: `longDescription`, `detailTags`, terms, assets and dates, and whether the
 * VIEW attribution its opening sent was recorded (the offers tab sends it).
 * Source: guide "Extended API Integration" › Step 3.
 */
export function OfferDetailDialog({ offer, attribution, onClose }: { offer: OfferCardDto; attribution: OfferViewAttribution; onClose: () => void }) {
  const c = offer.components;
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{offer.name}</DialogTitle>
          <DialogDescription>{c.baseReward ?? ""}{c.boostedReward ? ` · boosted ${c.boostedReward}` : ""}</DialogDescription>
        </DialogHeader>
        <p className="text-xs text-muted-foreground" data-testid="attribution-status" role="status">
          {attribution.state === "sending"
            ? "Recording a VIEW attribution…"
            : attribution.state === "recorded"
              ? `VIEW attribution recorded (job ${attribution.jobId}).`
              : `The VIEW attribution was not recorded: ${attribution.message}`}
        </p>
        <div className="flex flex-wrap gap-2">
          {offer.assets.map((asset) => (
            // Attribution-tokened asset URLs must not be cached or proxied.
            // eslint-disable-next-line @next/next/no-img-element
            <img key={asset.url} src={asset.url} alt={asset.alt} className={asset.type === "BANNER_IMAGE" ? "h-24 w-full rounded-md border object-cover" : "size-16 rounded-md border"} />
          ))}
        </div>
        {c.longDescription ? <p className="text-sm" data-testid="offer-long-description">{c.longDescription}</p> : null}
        {offer.description ? <p className="text-sm text-muted-foreground">{offer.description}</p> : null}
        {c.detailTags?.length ? (
          <div className="flex flex-wrap gap-1">
            {c.detailTags.map((tag) => (
              <Badge key={tag} variant="success" data-testid="offer-detail-tag">
                {tag}
              </Badge>
            ))}
          </div>
        ) : null}
        <KeyValue
          items={[
            { label: "Terms", value: offer.terms },
            { label: "Reward", value: offer.userReward.type === "PERCENT" ? `${offer.userReward.value}% of the purchase` : `$${offer.userReward.value} per purchase` },
            { label: "Valid", value: `${day(offer.startDate)} – ${day(offer.expirationDate)}` },
            { label: "Channels", value: offer.purchaseChannel.join(", ") },
            { label: "Targeted", value: offer.isTargeted ? "Yes (personalised for this user)" : "No" },
            { label: "Minimum purchase", value: cents(offer.minTransactionCents) },
            { label: "Maximum purchase", value: cents(offer.maxTransactionCents) },
            { label: "Redemptions", value: offer.maxRedemptions },
            { label: "Website", value: offer.websiteUrl },
            { label: "Offer id", value: <span className="font-mono text-xs">{offer.id}</span> },
          ]}
        />
      </DialogContent>
    </Dialog>
  );
}
