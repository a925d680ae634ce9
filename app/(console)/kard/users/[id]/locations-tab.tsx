"use client";

import { useQuery } from "@tanstack/react-query";
import { MapPin } from "lucide-react";
import { useState } from "react";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import type { NearbyLocationDto } from "@/lib/providers/kard/operations/locations";
import { kardUserKeys } from "../query-keys";
import { CITY_PRESETS } from "./city-presets";
import { fetchKardJson } from "./kard-fetch";
import { LocationsPlot } from "./locations-plot";

interface Centre {
  latitude: number;
  longitude: number;
  radius: number;
}

const DEFAULT_RADIUS = 10;

/**
 * In-store locations with offers for the user around a chosen point: a city preset or typed
 * coordinates, and a radius (Kard does not document its unit; the sandbox reads miles). Shown
 * as a plot around the centre and as a list with opening hours.
 */
export function LocationsTab({ userId }: { userId: string }) {
  const first = CITY_PRESETS[0];
  const [draft, setDraft] = useState({ latitude: String(first.latitude), longitude: String(first.longitude), radius: String(DEFAULT_RADIUS) });
  const [centre, setCentre] = useState<Centre>({ latitude: first.latitude, longitude: first.longitude, radius: DEFAULT_RADIUS });
  const [problem, setProblem] = useState<string | null>(null);

  const { data, error, isPending } = useQuery({
    queryKey: kardUserKeys.locations(userId, centre),
    queryFn: () =>
      fetchKardJson<{ locations: NearbyLocationDto[] }>(
        `/api/kard/users/${encodeURIComponent(userId)}/locations?${new URLSearchParams({ latitude: String(centre.latitude), longitude: String(centre.longitude), radius: String(centre.radius) })}`,
      ),
  });

  const search = (next: { latitude: string; longitude: string; radius: string }) => {
    const latitude = Number(next.latitude);
    const longitude = Number(next.longitude);
    const radius = Number(next.radius);
    if (!next.latitude.trim() || !Number.isFinite(latitude) || Math.abs(latitude) > 90) return setProblem("Latitude is a number between -90 and 90.");
    if (!next.longitude.trim() || !Number.isFinite(longitude) || Math.abs(longitude) > 180) return setProblem("Longitude is a number between -180 and 180.");
    if (!Number.isInteger(radius) || radius < 1 || radius > 500) return setProblem("Radius is a whole number from 1 to 500.");
    setProblem(null);
    setCentre({ latitude, longitude, radius });
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2" role="group" aria-label="City presets">
        {CITY_PRESETS.map((city) => (
          <Button
            key={city.name}
            size="sm"
            variant={centre.latitude === city.latitude && centre.longitude === city.longitude ? "default" : "outline"}
            onClick={() => {
              const next = { latitude: String(city.latitude), longitude: String(city.longitude), radius: draft.radius };
              setDraft(next);
              search(next);
            }}
          >
            {city.name}
          </Button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          search(draft);
        }}
      >
        {(["latitude", "longitude", "radius"] as const).map((field) => (
          <div key={field} className="grid gap-1.5">
            <Label htmlFor={`locations-${field}`}>{field === "radius" ? "Radius (miles in the sandbox)" : field[0].toUpperCase() + field.slice(1)}</Label>
            <Input id={`locations-${field}`} inputMode="decimal" className="w-44" value={draft[field]} onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))} />
          </div>
        ))}
        <Button type="submit" variant="secondary">
          <MapPin className="size-4" aria-hidden /> Find locations
        </Button>
        {problem ? <p className="w-full text-sm text-destructive">{problem}</p> : null}
      </form>
      {error ? (
        <ProviderUnavailable error={error} what="the locations" />
      ) : isPending ? (
        <Skeleton className="h-80 w-full" />
      ) : data.locations.length === 0 ? (
        <EmptyState icon={MapPin} title="No locations near this point" description="Try another city or a larger radius." />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
          <div className="space-y-2">
            <LocationsPlot centre={centre} radius={centre.radius} locations={data.locations} />
            <p className="text-xs text-muted-foreground">
              {data.locations.length} location(s) within {centre.radius} of {centre.latitude.toFixed(4)}, {centre.longitude.toFixed(4)}.
            </p>
          </div>
          <ol className="grid max-h-[36rem] gap-3 overflow-y-auto pr-1" aria-label="Locations, nearest first">
            {data.locations.map((location) => (
              <li key={location.id} className="rounded-md border p-3 text-sm" data-testid="location-item">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-medium">{location.name}</span>
                  <span className="tabular-nums text-muted-foreground">{location.distanceMiles.toFixed(1)} mi</span>
                </div>
                <p className="text-muted-foreground">
                  {location.address.street}, {location.address.city}, {location.address.state} {location.address.zipCode} · {location.phone}
                </p>
                {location.offer?.baseReward ? <p className="text-primary">{location.offer.baseReward}</p> : null}
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-muted-foreground">Opening hours</summary>
                  <ul className="mt-1 text-xs">
                    {location.weekdayText.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
