import { z } from "zod";

/**
 * Kard's `filter[radius]` for Get Locations By User is an integer with no documented unit
 * (seed "Get Locations By User"; specs/kard-endpoints.md #11). The console and its sandbox read it
 * as miles (docs/providers/kard.md, assumption 19), so the form and the results say miles.
 */
export const RADIUS_UNIT = "miles";
export const DEFAULT_RADIUS_MILES = 10;

const coordinate = (max: number, message: string) =>
  z
    .string()
    .trim()
    .min(1, message)
    .refine((value) => Number.isFinite(Number(value)) && Math.abs(Number(value)) <= max, message)
    .transform(Number);

/** The locations search as typed: decimal degrees and a whole number of miles (the data route's limits). */
export const locationSearchSchema = z.object({
  latitude: coordinate(90, "Latitude is a number between -90 and 90."),
  longitude: coordinate(180, "Longitude is a number between -180 and 180."),
  radius: z
    .string()
    .trim()
    .regex(/^\d+$/, "Radius is a whole number of miles from 1 to 500.")
    .transform(Number)
    .refine((miles) => miles >= 1 && miles <= 500, "Radius is a whole number of miles from 1 to 500."),
});
export type LocationSearchFields = z.input<typeof locationSearchSchema>;

/** A coordinate for a form field: at most 6 decimals (about 0.1 m), no float noise ("40.742015", not "40.74201480000001"). */
export function coordinateText(degrees: number): string {
  return String(Number(degrees.toFixed(6)));
}

/** A point for reading: 4 decimals (about 10 m) with its hemisphere, e.g. "40.7420° N, 73.9930° W". */
export function formatPoint(latitude: number, longitude: number): string {
  const part = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(4)}° ${value < 0 ? negative : positive}`;
  return `${part(latitude, "N", "S")}, ${part(longitude, "E", "W")}`;
}
