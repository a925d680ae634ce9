"use client";

import { Info, Receipt, Zap } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { OfferCardDto } from "@/lib/providers/kard/operations/offers";
import { cn } from "@/lib/utils";

/**
 * One offer as Kard's Extended API components describe it: `baseReward` as the headline
 * (`boostedReward` beside it), `shortDescription`, `tags` as badges, `logoFlare` as a ring on
 * the logo, `progressBar`, and the `cta` button — absent once the offer is activated.
 * Source: guide "Extended API Integration" › Step 3.
 */
export function OfferCard({
  offer,
  userId,
  canPressCta,
  pending,
  onCta,
  onDetails,
}: {
  offer: OfferCardDto;
  userId: string;
  canPressCta: boolean;
  pending: boolean;
  onCta: () => void;
  onDetails: () => void;
}) {
  const c = offer.components;
  const logo = offer.assets.find((a) => a.type === "LOGO_IMAGE") ?? offer.assets[0];
  const flare = c.logoFlare;
  return (
    <Card className="gap-3 p-4" data-testid="offer-card" data-offer-id={offer.id}>
      <div className="flex items-start gap-3">
        {logo ? (
          // Kard's asset URLs carry attribution tokens and must not be cached or proxied.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={logo.url}
            alt={logo.alt}
            width={48}
            height={48}
            className={cn("size-12 rounded-md border object-cover", flare && (flare.borderColor === "PRIMARY" ? "ring-2 ring-primary" : "ring-2 ring-secondary-foreground/40"))}
          />
        ) : null}
        <div className="min-w-0 flex-1">
          <h3 className="truncate font-medium">{offer.name}</h3>
          <p className="text-lg font-semibold text-primary" data-testid="offer-base-reward">
            {c.baseReward ?? `${offer.userReward.value}${offer.userReward.type === "PERCENT" ? "%" : " USD"}`}
          </p>
          {c.boostedReward ? <p className="text-xs text-muted-foreground">Boosted: {c.boostedReward}</p> : null}
        </div>
        {flare?.badge ? (
          <Zap className="size-4 text-warning" aria-label="Boostable" />
        ) : null}
      </div>
      {c.shortDescription ? <p className="text-sm text-muted-foreground" data-testid="offer-short-description">{c.shortDescription}</p> : null}
      <div className="flex flex-wrap gap-1">
        {(c.tags ?? []).map((tag) => (
          <Badge key={tag} variant="info" data-testid="offer-tag">
            {tag}
          </Badge>
        ))}
        {offer.purchaseChannel.map((channel) => (
          <Badge key={channel} variant="outline">
            {channel === "INSTORE" ? "In store" : "Online"}
          </Badge>
        ))}
        {offer.categories.map((category) => (
          <Badge key={category} variant="secondary">
            {category}
          </Badge>
        ))}
      </div>
      {c.progressBar ? (
        <div className="grid gap-1">
          <div className="h-2 overflow-hidden rounded-full bg-muted" role="progressbar" aria-valuemin={0} aria-valuemax={c.progressBar.total} aria-valuenow={c.progressBar.currentProgress} aria-label={c.progressBar.label}>
            <div className="h-full bg-primary" style={{ width: `${(100 * c.progressBar.currentProgress) / Math.max(1, c.progressBar.total)}%` }} />
          </div>
          <p className="text-xs text-muted-foreground">{c.progressBar.label}</p>
        </div>
      ) : null}
      <div className="mt-auto flex flex-wrap gap-2 pt-1">
        {c.cta && offer.ctaAction ? (
          canPressCta ? (
            <Button size="sm" variant={c.cta.buttonStyle === "SECONDARY" ? "secondary" : "default"} disabled={pending} onClick={onCta} data-testid="offer-cta">
              {c.cta.buttonText}
            </Button>
          ) : (
            <Badge variant="warning">{offer.ctaAction === "boost" ? "Can be boosted" : "Needs activation"}</Badge>
          )
        ) : null}
        <Button size="sm" variant="outline" onClick={onDetails} aria-label={`Details of ${offer.name}`}>
          <Info className="size-4" aria-hidden /> Details
        </Button>
        <Button size="sm" variant="ghost" asChild>
          <Link href={`/kard/transactions?userId=${encodeURIComponent(userId)}&description=${encodeURIComponent(offer.name)}`}>
            <Receipt className="size-4" aria-hidden /> Test transaction
          </Link>
        </Button>
      </div>
    </Card>
  );
}
