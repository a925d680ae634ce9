/** A point of the locations plot, in SVG user units (origin top-left, y down). */
export interface PlotPoint {
  id: string;
  x: number;
  y: number;
}

interface Located {
  id: string;
  coordinates: { latitude: number; longitude: number };
  /** From the centre, in miles. */
  distanceMiles: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Initial bearing from `from` to `to`, radians clockwise from north. */
export function bearing(from: { latitude: number; longitude: number }, to: { latitude: number; longitude: number }): number {
  const lat1 = rad(from.latitude);
  const lat2 = rad(to.latitude);
  const dLng = rad(to.longitude - from.longitude);
  return Math.atan2(Math.sin(dLng) * Math.cos(lat2), Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLng));
}

/**
 * Places each location around the centre of a `size`×`size` plot: in the direction of its
 * bearing, at its distance scaled so that the farthest location reaches the edge minus `margin`
 * (the search radius is usually far larger than where the locations are). `extentMiles` is the
 * distance the edge stands for. No map tiles: the network is closed.
 */
export function plotPoints(
  centre: { latitude: number; longitude: number },
  locations: Located[],
  size: number,
  margin = 16,
): { points: PlotPoint[]; extentMiles: number; milesPerUnit: number } {
  const half = size / 2;
  const extent = Math.max(...locations.map((l) => l.distanceMiles), 0.1);
  const unitsPerMile = (half - margin) / extent;
  const points = locations.map((location) => {
    const angle = bearing(centre, location.coordinates);
    const r = location.distanceMiles * unitsPerMile;
    return { id: location.id, x: half + r * Math.sin(angle), y: half - r * Math.cos(angle) };
  });
  return { points, extentMiles: extent, milesPerUnit: 1 / unitsPerMile };
}
