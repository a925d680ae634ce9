"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { MapPin } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { InputField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { NearbyLocationDto } from "@/lib/providers/kard/operations/locations";
import { kardUserKeys } from "../query-keys";
import { CITY_PRESETS } from "./city-presets";
import { fetchKardJson } from "./kard-fetch";
import { coordinateText, DEFAULT_RADIUS_MILES, formatPoint, locationSearchSchema, RADIUS_UNIT, type LocationSearchFields } from "./location-search";
import { LocationsPlot } from "./locations-plot";

interface Centre {
  latitude: number;
  longitude: number;
  radius: number;
}

const fieldsFor = (centre: Centre): LocationSearchFields => ({ latitude: coordinateText(centre.latitude), longitude: coordinateText(centre.longitude), radius: String(centre.radius) });

/**
 * In-store locations with offers for the user around a chosen point: a city preset or typed
 * coordinates (decimal degrees), and a radius in miles (see location-search.ts for the unit).
 * Shown as a plot around the centre and as a list with opening hours.
 */
export function LocationsTab({ userId }: { userId: string }) {
  const first = CITY_PRESETS[0];
  const [centre, setCentre] = useState<Centre>({ latitude: first.latitude, longitude: first.longitude, radius: DEFAULT_RADIUS_MILES });
  const form = useForm({ resolver: zodResolver(locationSearchSchema), defaultValues: fieldsFor(centre) });

  const { data, error, isPending } = useQuery({
    queryKey: kardUserKeys.locations(userId, centre),
    queryFn: () =>
      fetchKardJson<{ locations: NearbyLocationDto[] }>(
        `/api/kard/users/${encodeURIComponent(userId)}/locations?${new URLSearchParams({ latitude: String(centre.latitude), longitude: String(centre.longitude), radius: String(centre.radius) })}`,
      ),
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2" role="group" aria-label="City presets">
        {CITY_PRESETS.map((city) => (
          <Button
            key={city.name}
            size="sm"
            variant={centre.latitude === city.latitude && centre.longitude === city.longitude ? "default" : "outline"}
            onClick={() => {
              const radius = locationSearchSchema.shape.radius.safeParse(form.getValues("radius"));
              const next = { latitude: city.latitude, longitude: city.longitude, radius: radius.success ? radius.data : centre.radius };
              form.reset(fieldsFor(next));
              setCentre(next);
            }}
          >
            {city.name}
          </Button>
        ))}
      </div>
      <form className="flex flex-wrap items-start gap-3" aria-label="Search around a point" noValidate onSubmit={form.handleSubmit(setCentre)}>
        <InputField control={form.control} name="latitude" id="locations-latitude" label="Latitude (°)" inputMode="decimal" className="w-44" autoComplete="off" />
        <InputField control={form.control} name="longitude" id="locations-longitude" label="Longitude (°)" inputMode="decimal" className="w-44" autoComplete="off" />
        <InputField control={form.control} name="radius" id="locations-radius" label={`Radius (${RADIUS_UNIT})`} inputMode="numeric" className="w-44" autoComplete="off" />
        <Button type="submit" variant="secondary" className="mt-5">
          <MapPin className="size-4" aria-hidden /> Find locations
        </Button>
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
              {data.locations.length} location(s) within {centre.radius} {RADIUS_UNIT} of {formatPoint(centre.latitude, centre.longitude)}.
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
