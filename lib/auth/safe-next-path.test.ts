import { describe, expect, it } from "vitest";
import { NEXT_PATH_MAX, safeNextPath } from "./safe-next-path";

const ORIGIN = "http://console.test:3000";

describe("finding 2: open redirect after sign-in", () => {
  it.each([
    ["/%09/evil.example/phish decoded (a tab after the slash)", "/\t/evil.example/phish"],
    ["a newline after the slash", "/\n/evil.example/phish"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL", "/\u0000/evil.example"],
    ["a C1 control", "/\u0085/evil.example"],
    ["protocol-relative //", "//evil.example/phish"],
    ["/\\ (read as // by browsers)", "/\\evil.example"],
    ["an absolute URL", "https://evil.example/phish"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "evil.example/phish"],
    ["an empty string", ""],
    ["a path longer than the maximum", `/${"a".repeat(NEXT_PATH_MAX)}`],
  ])("refuses %s", (_label, next) => {
    expect(safeNextPath(next, ORIGIN)).toBe("/");
  });

  it("refuses what is not a string", () => {
    expect(safeNextPath(undefined, ORIGIN)).toBe("/");
    expect(safeNextPath(["/audit"], ORIGIN)).toBe("/");
  });

  it("follows a same-origin path with its query and fragment, normalised by the URL parser", () => {
    expect(safeNextPath("/audit?action=ktn.order.refund#top", ORIGIN)).toBe("/audit?action=ktn.order.refund#top");
    expect(safeNextPath("/gift-cards/orders/../orders", ORIGIN)).toBe("/gift-cards/orders");
    expect(safeNextPath("/%2F%2Fevil.example", ORIGIN)).toBe("/%2F%2Fevil.example");
  });

  it("gives the same answer whatever the console's origin", () => {
    expect(safeNextPath("/kvitka", "https://console.example")).toBe("/kvitka");
    expect(safeNextPath("/\t/evil.example", "https://console.example")).toBe("/");
  });
});
