import { describe, expect, it } from "vitest";
import { pageCursors, toQueryString } from "./query";

describe("toQueryString", () => {
  it("returns nothing for an empty or absent query", () => {
    expect(toQueryString(undefined)).toBe("");
    expect(toQueryString({ page: {}, sort: undefined })).toBe("");
  });

  it("keeps brackets literal, repeats arrays and encodes values with %20", () => {
    expect(toQueryString({ filter: { name: "Pixel & Page", latitude: 40.5 }, supportedComponents: ["cta", "tags"] })).toBe(
      "?filter[name]=Pixel%20%26%20Page&filter[latitude]=40.5&supportedComponents=cta&supportedComponents=tags",
    );
  });
});

describe("pageCursors", () => {
  it("reads the cursor of the guide's next link, malformed `?&` and all", () => {
    const links = {
      self: "/v2/issuers/{organizationId}/users/{userId}/offers?page[size]=1?sort=-startDate",
      prev: null,
      next: "/v2/issuers/{organizationId}/users/{userId}/offers?page[after]=NDMyNzQyODI3OTQw&page[size]=1?&sort=-startDate",
    };
    expect(pageCursors(links)).toEqual({ after: "NDMyNzQyODI3OTQw", before: undefined });
  });

  it("reads page[before] from the prev link, absolute or encoded", () => {
    const links = { self: "x", prev: "https://test-rewards-api.getkard.com/v2/x?page%5Bbefore%5D=abc%3D%3D", next: null };
    expect(pageCursors(links)).toEqual({ after: undefined, before: "abc==" });
  });
});
