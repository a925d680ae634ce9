import { describe, expect, it } from "vitest";
import { bearing, plotPoints } from "./plot-geometry";

const centre = { latitude: 40, longitude: -74 };

describe("plotPoints", () => {
  it("puts north up, east right, and scales the farthest location to the edge of the plot", () => {
    const { points, milesPerUnit, extentMiles } = plotPoints(
      centre,
      [
        { id: "north", coordinates: { latitude: 40.1, longitude: -74 }, distanceMiles: 10 },
        { id: "east", coordinates: { latitude: 40, longitude: -73.9 }, distanceMiles: 5 },
      ],
      200,
      0,
    );
    const [north, east] = points;
    expect(north.x).toBeCloseTo(100, 6);
    expect(north.y).toBeCloseTo(0, 6);
    expect(east.x).toBeCloseTo(150, 1);
    expect(east.y).toBeCloseTo(100, 1);
    expect(extentMiles).toBe(10);
    expect(milesPerUnit).toBeCloseTo(0.1, 9);
  });

  it("keeps the farthest point inside the margin, and a lone point at the centre stays there", () => {
    const far = plotPoints(centre, [{ id: "far", coordinates: { latitude: 39.5, longitude: -74 }, distanceMiles: 30 }], 200, 20);
    expect(far.points[0].y).toBeCloseTo(180, 6);
    const here = plotPoints(centre, [{ id: "here", coordinates: centre, distanceMiles: 0 }], 200, 20);
    expect(here.points[0]).toMatchObject({ x: 100, y: 100 });
    expect(here.extentMiles).toBe(0.1);
  });
});

describe("bearing", () => {
  it("is measured clockwise from north", () => {
    expect(bearing(centre, { latitude: 41, longitude: -74 })).toBeCloseTo(0, 6);
    expect(bearing(centre, { latitude: 39, longitude: -74 })).toBeCloseTo(Math.PI, 6);
    expect(bearing(centre, { latitude: 40, longitude: -75 })).toBeCloseTo(-Math.PI / 2, 1);
  });
});
