import { describe, expect, it } from "vitest";
import { CITY_PRESETS } from "./city-presets";
import { coordinateText, formatPoint, locationSearchSchema } from "./location-search";

describe("location search", () => {
  it("shows the guide's New York point without float noise, and parses it back to the same place", () => {
    const newYork = CITY_PRESETS[0];
    expect(coordinateText(newYork.latitude)).toBe("40.742015");
    expect(coordinateText(newYork.longitude)).toBe("-73.993015");
    const parsed = locationSearchSchema.parse({ latitude: coordinateText(newYork.latitude), longitude: coordinateText(newYork.longitude), radius: "10" });
    expect(Math.abs(parsed.latitude - newYork.latitude)).toBeLessThan(1e-6);
    expect(parsed).toMatchObject({ radius: 10 });
  });

  it("reads a point with its hemispheres", () => {
    expect(formatPoint(40.74201480000001, -73.9930148)).toBe("40.7420° N, 73.9930° W");
    expect(formatPoint(-33.8688, 151.2093)).toBe("33.8688° S, 151.2093° E");
  });

  it.each([
    [{ latitude: "91", longitude: "0", radius: "10" }, "latitude", "Latitude is a number between -90 and 90."],
    [{ latitude: "", longitude: "0", radius: "10" }, "latitude", "Latitude is a number between -90 and 90."],
    [{ latitude: "0", longitude: "east", radius: "10" }, "longitude", "Longitude is a number between -180 and 180."],
    [{ latitude: "0", longitude: "0", radius: "2.5" }, "radius", "Radius is a whole number of miles from 1 to 500."],
    [{ latitude: "0", longitude: "0", radius: "501" }, "radius", "Radius is a whole number of miles from 1 to 500."],
  ])("refuses %j on %s", (input, field, message) => {
    const result = locationSearchSchema.safeParse(input);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [field], message })]);
  });
});
