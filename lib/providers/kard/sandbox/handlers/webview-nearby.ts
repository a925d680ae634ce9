import type { SandboxContext } from "../context";
import { authenticateWebview, bearerToken, WebviewAuthError } from "./webview-auth";
import { loadNearby, NEARBY_RADIUS_MILES, WebviewDataError, type NearbyLocation } from "./webview-data";
import { html, type Html } from "./webview-markup";

/**
 * GET /webview/nearby?latitude=&longitude=[&accuracy=] with `Authorization: Bearer <WebView
 * token>` — the sandbox WebView's own backend call after a LOCATION_RESPONSE: Get Locations By
 * User around the point (radius 10 miles, nearest first, offers included) rendered as a map
 * (an SVG plot centred on the user, no tiles: the page loads nothing from other hosts) and a
 * numbered list. Answers JSON `{count, statusText, mapHtml, listHtml}`; 401 `{error}` for a bad
 * token, 400 `{error}` for coordinates out of range. Accuracy is in metres (drawn as a halo).
 * Source: Kard seed, "WebView" (the rewards map and nearby offers), "Get Locations By User".
 */
const MILES_PER_DEGREE_LATITUDE = 69.0;
const EARTH_RADIUS_MILES = 3958.8;
const METRES_PER_MILE = 1609.344;

interface Point {
  latitude: number;
  longitude: number;
}

function distanceMiles(a: Point, b: Point): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

/** Map radii in miles; the map uses the smallest that holds every location (the outer ring). */
const MAP_RADII = [0.5, 1, 2, 5, NEARBY_RADIUS_MILES];
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG position of `point` on a map of `radius` miles centred on `center`, north up. Distances are
 * drawn on a square-root scale (the outer ring, 100 units, is `radius`; the inner ring, 50 units,
 * a quarter of it) so that close locations do not pile up in the middle; directions are kept.
 */
function project(center: Point, point: Point, radius: number) {
  const east = (point.longitude - center.longitude) * MILES_PER_DEGREE_LATITUDE * Math.cos((center.latitude * Math.PI) / 180);
  const north = (point.latitude - center.latitude) * MILES_PER_DEGREE_LATITUDE;
  const miles = Math.hypot(east, north);
  if (miles === 0) return { x: 0, y: 0 };
  const units = mapUnits(miles, radius);
  return { x: round1((east / miles) * units), y: round1((-north / miles) * units) };
}

function mapUnits(miles: number, radius: number): number {
  return Math.min(100, 100 * Math.sqrt(miles / radius));
}

function nearbyMap(center: Point, accuracyMetres: number | null, locations: NearbyLocation[]): Html {
  const farthest = Math.max(0, ...locations.map((location) => distanceMiles(center, location.coordinates)));
  const radius = MAP_RADII.find((candidate) => candidate >= farthest) ?? NEARBY_RADIUS_MILES;
  const halo = accuracyMetres ? mapUnits(accuracyMetres / METRES_PER_MILE, radius) : 0;
  return html`<svg class="map" data-testid="nearby-map" viewBox="-110 -110 220 220" role="img" aria-label="Map of ${locations.length} nearby offer locations">
<circle class="ring" r="50"></circle><text class="ring-label" x="2" y="-52">${radius / 4} mi</text>
<circle class="ring" r="100"></circle><text class="ring-label" x="2" y="-102">${radius} mi</text>
${halo > 0 ? html`<circle class="accuracy" r="${round1(halo)}"></circle>` : null}
${locations.map((location, index) => {
  const { x, y } = project(center, location.coordinates, radius);
  return html`<g data-testid="map-marker"><title>${index + 1}. ${location.name}, ${location.address.street}</title><circle class="marker" cx="${x}" cy="${y}" r="7"></circle><text class="marker-label" x="${x}" y="${y}">${index + 1}</text></g>`;
})}
<circle class="me" r="4.5"><title>You are here</title></circle>
</svg>`;
}

function nearbyList(center: Point, locations: NearbyLocation[]): Html {
  if (locations.length === 0) return html``;
  return html`<ol class="nearby-list" data-testid="nearby-list">${locations.map((location, index) => {
    const reward = location.offer?.attributes.components?.baseReward;
    const miles = distanceMiles(center, location.coordinates).toFixed(1);
    const { street, city, state, zipCode } = location.address;
    return html`<li data-testid="nearby-location"><span class="pin" aria-hidden="true">${index + 1}</span><div><div><strong>${location.name}</strong>${
      reward ? html` · ${reward}` : null
    }</div><div class="muted">${street}, ${city}, ${state} ${zipCode} · ${miles} mi</div></div></li>`;
  })}</ol>`;
}

function readCoordinate(query: URLSearchParams, name: string, limit: number): number | null {
  const raw = query.get(name);
  const value = raw === null || raw.trim() === "" ? NaN : Number(raw);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

export async function webviewNearby(ctx: SandboxContext): Promise<Response> {
  const noStore = { "cache-control": "no-store" };
  let session;
  try {
    session = await authenticateWebview(bearerToken(ctx.req), ctx.now);
  } catch (error) {
    if (error instanceof WebviewAuthError) return Response.json({ error: error.message }, { status: 401, headers: noStore });
    throw error;
  }
  const query = ctx.url.searchParams;
  const latitude = readCoordinate(query, "latitude", 90);
  const longitude = readCoordinate(query, "longitude", 180);
  if (latitude === null || longitude === null) {
    return Response.json({ error: "latitude (−90…90) and longitude (−180…180) are required numbers." }, { status: 400, headers: noStore });
  }
  const accuracyRaw = Number(query.get("accuracy"));
  const accuracy = query.get("accuracy") && Number.isFinite(accuracyRaw) && accuracyRaw > 0 ? accuracyRaw : null;
  const center = { latitude, longitude };
  let locations: NearbyLocation[];
  try {
    locations = await loadNearby(ctx, session, center);
  } catch (error) {
    if (error instanceof WebviewDataError) return Response.json({ error: error.message }, { status: error.status, headers: noStore });
    throw error;
  }
  const count = locations.length;
  return Response.json(
    {
      count,
      statusText:
        count === 0
          ? `No offers within ${NEARBY_RADIUS_MILES} miles of you.`
          : `${count} ${count === 1 ? "offer location" : "offer locations"} within ${NEARBY_RADIUS_MILES} miles`,
      mapHtml: nearbyMap(center, accuracy, locations).value,
      listHtml: nearbyList(center, locations).value,
    },
    { headers: noStore },
  );
}
