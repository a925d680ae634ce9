"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, Gift } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import type { OfferCardDto, OfferFilters, OffersPageDto } from "@/lib/providers/kard/operations/offers";
import { activateOfferAction, boostOfferAction, recordOfferViewAction } from "../actions";
import { kardUserKeys } from "../query-keys";
import { fetchKardJson } from "./kard-fetch";
import { OfferCard } from "./offer-card";
import { OfferDetailDialog, type OfferViewAttribution } from "./offer-detail-dialog";

const CHANNELS = [
  { value: "INSTORE", label: "In store" },
  { value: "ONLINE", label: "Online" },
];

function offersUrl(userId: string, filters: OfferFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
  return `/api/kard/users/${encodeURIComponent(userId)}/offers?${query}`;
}

/**
 * The user's offers as cards, filtered by category (`meta.availableCategories`) and purchase
 * channel, paged with Kard's cursors. A card's CTA activates or boosts the offer; opening a
 * card's detail records a VIEW attribution with the card's rank and the filters in use, and the
 * offers are re-read afterwards (Kard may treat a VIEW as activation).
 */
export function OffersTab({ userId, canPressCta }: { userId: string; canPressCta: boolean }) {
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<OfferFilters>({});
  const [categories, setCategories] = useState<string[]>([]);
  const [selected, setSelected] = useState<{ offer: OfferCardDto; attribution: OfferViewAttribution } | null>(null);
  const [pendingOffer, setPendingOffer] = useState<string | null>(null);
  const [pageIndex, setPageIndex] = useState(0);
  const [, startTransition] = useTransition();
  const key = kardUserKeys.offers(userId, filters);

  const { data, error, isPending, isFetching } = useQuery({
    queryKey: key,
    queryFn: async () => {
      const page = await fetchKardJson<OffersPageDto>(offersUrl(userId, filters));
      setCategories((known) => [...new Set([...known, ...page.availableCategories])].sort());
      return page;
    },
    placeholderData: keepPreviousData,
  });

  const setFilter = (name: "category" | "channel", value: string) => {
    setPageIndex(0);
    setFilters((f) => ({ ...f, after: undefined, before: undefined, [name]: value || undefined }));
  };
  const turnPage = (direction: 1 | -1) => {
    setPageIndex((i) => Math.max(0, i + direction));
    setFilters((f) => ({ ...f, after: direction === 1 ? (data?.next ?? undefined) : undefined, before: direction === -1 ? (data?.prev ?? undefined) : undefined }));
  };

  const pressCta = (offer: OfferCardDto) =>
    startTransition(async () => {
      setPendingOffer(offer.id);
      const action = offer.ctaAction === "boost" ? boostOfferAction : activateOfferAction;
      const result = await action({ userId, offerId: offer.id });
      setPendingOffer(null);
      if (!result.ok) return void toast.error(result.error.message);
      toast.success(`${offer.name}: ${offer.ctaAction === "boost" ? "boosted" : "activated"}.`);
      const refreshed = result.data.offer;
      if (refreshed) {
        queryClient.setQueryData<OffersPageDto>(key, (page) =>
          page ? { ...page, offers: page.offers.map((o) => (o.id === refreshed.id ? { ...refreshed, categories: o.categories } : o)) } : page,
        );
      }
      await queryClient.invalidateQueries({ queryKey: kardUserKeys.offersOf(userId) });
    });

  const openDetails = (offer: OfferCardDto, rank: number) => {
    setSelected({ offer, attribution: { state: "sending" } });
    const state = [
      ...(filters.category ? [{ name: "category", value: filters.category }] : []),
      ...(filters.channel ? [{ name: "purchaseChannel", value: filters.channel }] : []),
    ];
    void recordOfferViewAction({ userId, offerId: offer.id, rank, filters: state }).then((result) => {
      setSelected((current) =>
        current?.offer.id === offer.id
          ? { ...current, attribution: result.ok ? { state: "recorded", jobId: result.data.jobId } : { state: "failed", message: result.error.message } }
          : current,
      );
      if (result.ok) void queryClient.invalidateQueries({ queryKey: kardUserKeys.offersOf(userId) });
    });
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="offers-category">Category</Label>
          <NativeSelect id="offers-category" value={filters.category ?? ""} onChange={(e) => setFilter("category", e.target.value)} placeholder="All categories" options={categories.map((c) => ({ value: c, label: c }))} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="offers-channel">Purchase channel</Label>
          <NativeSelect id="offers-channel" value={filters.channel ?? ""} onChange={(e) => setFilter("channel", e.target.value)} placeholder="Any channel" options={CHANNELS} />
        </div>
        {isFetching && !isPending ? <span className="text-sm text-muted-foreground">Refreshing…</span> : null}
      </div>
      {error ? (
        <ProviderUnavailable error={error} what="the offers" />
      ) : isPending ? (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-48" />
          ))}
        </div>
      ) : data.offers.length === 0 ? (
        <EmptyState icon={Gift} title="No offers" description={filters.category || filters.channel ? "Nothing matches these filters." : "Kard has no offer for this user (is CARDLINKED enrolled?)."} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {data.offers.map((offer, index) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              userId={userId}
              canPressCta={canPressCta}
              pending={pendingOffer === offer.id}
              onCta={() => pressCta(offer)}
              onDetails={() => openDetails(offer, pageIndex * data.pageSize + index + 1)}
            />
          ))}
        </div>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="outline" size="sm" disabled={!data?.prev} onClick={() => turnPage(-1)}>
          <ChevronLeft className="size-4" aria-hidden /> Previous
        </Button>
        <Button variant="outline" size="sm" disabled={!data?.next} onClick={() => turnPage(1)}>
          Next <ChevronRight className="size-4" aria-hidden />
        </Button>
      </div>
      {selected ? <OfferDetailDialog offer={selected.offer} attribution={selected.attribution} onClose={() => setSelected(null)} /> : null}
    </div>
  );
}
