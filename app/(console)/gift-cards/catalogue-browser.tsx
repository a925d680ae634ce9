"use client";

import { Search } from "lucide-react";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { KtnFeePreference } from "@/lib/providers/ktn/schemas";
import { describeDenominations, type CatalogueCard } from "./catalogue-card";
import { PurchaseDialog } from "./purchase-dialog";

interface Filters {
  q: string;
  country: string;
  brand: string;
  category: string;
  type: string;
}

const options = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort().map((v) => ({ value: v, label: v }));

export function CatalogueBrowser({
  cards,
  preference,
  canPurchase,
  defaultSender,
}: {
  cards: CatalogueCard[];
  preference: KtnFeePreference;
  canPurchase: boolean;
  defaultSender: string;
}) {
  const [filters, setFilters] = useState<Filters>({ q: "", country: "", brand: "", category: "", type: "" });
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const choices = useMemo(
    () => ({
      country: options(cards.map((c) => c.countryName)),
      brand: options(cards.map((c) => c.brandName)),
      category: options(cards.map((c) => c.categoryName)),
    }),
    [cards],
  );
  const visible = cards.filter((c) => {
    const q = filters.q.toLowerCase();
    return (
      (!q || `${c.productName} ${c.brandName}`.toLowerCase().includes(q)) &&
      (!filters.country || c.countryName === filters.country) &&
      (!filters.brand || c.brandName === filters.brand) &&
      (!filters.category || c.categoryName === filters.category) &&
      (!filters.type || c.denominationType === filters.type)
    );
  });

  return (
    <section aria-label="Catalogue" className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div className="grid gap-1.5 lg:col-span-1">
          <Label htmlFor="catalogue-search">Search</Label>
          <div className="relative">
            <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
            <Input id="catalogue-search" className="pl-8" placeholder="Product or brand" value={filters.q} onChange={(e) => set("q")(e.target.value)} />
          </div>
        </div>
        {(["country", "brand", "category"] as const).map((key) => (
          <div key={key} className="grid gap-1.5">
            <Label htmlFor={`filter-${key}`} className="capitalize">
              {key}
            </Label>
            <NativeSelect id={`filter-${key}`} value={filters[key]} onChange={(e) => set(key)(e.target.value)} placeholder={`All ${key === "country" ? "countries" : key === "category" ? "categories" : "brands"}`} options={choices[key]} />
          </div>
        ))}
        <div className="grid gap-1.5">
          <Label htmlFor="filter-type">Denomination</Label>
          <NativeSelect
            id="filter-type"
            value={filters.type}
            onChange={(e) => set("type")(e.target.value)}
            placeholder="Fixed and range"
            options={[
              { value: "FIXED", label: "Fixed amounts" },
              { value: "RANGE", label: "Any amount in a range" },
            ]}
          />
        </div>
      </div>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        Showing {visible.length} of {cards.length} gift cards
      </p>
      {visible.length === 0 ? (
        <EmptyState title="No gift card matches these filters" description="Clear a filter or search for another brand." />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {visible.map((card) => (
            <li key={card.productId}>
              <Card className="flex h-full flex-col" data-testid="catalogue-card">
                <CardHeader>
                  <CardTitle className="text-base">{card.productName}</CardTitle>
                  <CardDescription>
                    {card.brandName}
                    {card.countryName ? ` · ${card.countryName}` : ""}
                  </CardDescription>
                </CardHeader>
                <CardContent className="flex-1 space-y-2 text-sm">
                  <div className="flex flex-wrap gap-1.5">
                    <Badge variant="outline">{card.denominationType === "FIXED" ? "Fixed" : "Range"}</Badge>
                    {card.categoryName ? <Badge variant="secondary">{card.categoryName}</Badge> : null}
                    <Badge variant="secondary">{card.currencyCode}</Badge>
                  </div>
                  <p className="tabular-nums">{describeDenominations(card.denominations, card.currencyCode)}</p>
                </CardContent>
                {canPurchase && card.denominations ? (
                  <CardFooter>
                    <PurchaseDialog card={card} preference={preference} defaultSender={defaultSender} />
                  </CardFooter>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
