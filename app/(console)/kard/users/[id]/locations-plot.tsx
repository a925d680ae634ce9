import type { NearbyLocationDto } from "@/lib/providers/kard/operations/locations";
import { plotPoints } from "./plot-geometry";

const SIZE = 320;

/**
 * The locations around the chosen centre as an SVG: north up, each point at its bearing and
 * scaled distance, with rings at half and full distance of the farthest one. Hovering a point
 * names it.
 */
export function LocationsPlot({ centre, radius, locations }: { centre: { latitude: number; longitude: number }; radius: number; locations: NearbyLocationDto[] }) {
  const { points, extentMiles, milesPerUnit } = plotPoints(centre, locations, SIZE);
  const ring = (miles: number) => miles / milesPerUnit;
  const byId = new Map(locations.map((l) => [l.id, l]));
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="w-full max-w-sm rounded-md border bg-muted/30" role="img" aria-label={`${locations.length} locations within ${radius} miles`} data-testid="locations-plot">
      {[extentMiles / 2, extentMiles].map((miles) => (
        <g key={miles}>
          <circle cx={SIZE / 2} cy={SIZE / 2} r={ring(miles)} fill="none" className="stroke-border" strokeDasharray="4 4" />
          <text x={SIZE / 2 + 4} y={SIZE / 2 - ring(miles) + 12} className="fill-muted-foreground text-[10px]">
            {miles < 10 ? miles.toFixed(1) : Math.round(miles)} mi
          </text>
        </g>
      ))}
      <text x={SIZE / 2} y={12} textAnchor="middle" className="fill-muted-foreground text-[10px]">
        N
      </text>
      <circle cx={SIZE / 2} cy={SIZE / 2} r={4} className="fill-foreground" />
      {points.map((point) => {
        const location = byId.get(point.id)!;
        return (
          <g key={point.id} data-testid="location-point">
            <title>{`${location.name} · ${location.distanceMiles.toFixed(1)} mi`}</title>
            <circle cx={point.x} cy={point.y} r={6} className="fill-primary stroke-background" strokeWidth={2} />
          </g>
        );
      })}
    </svg>
  );
}
