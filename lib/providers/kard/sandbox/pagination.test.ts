import { describe, expect, it } from "vitest";
import { SandboxRefusal } from "@/lib/sandbox/router";
import { encodeCursor, paginate, readPageRequest } from "./pagination";

/** Cursor pagination over an ordered list, and the links it writes. */
const items = ["a", "b", "c", "d", "e"];
const page = (query: string) => {
  const params = new URLSearchParams(query);
  return paginate(items, (item) => item, readPageRequest(params), "/v2/things", params);
};

describe("paginate", () => {
  it("pages forward with page[after] and back with page[before]", () => {
    const first = page("page[size]=2");
    expect(first.items).toEqual(["a", "b"]);
    expect(first.links).toEqual({ self: "/v2/things?page[size]=2", next: `/v2/things?page[size]=2&page[after]=${encodeCursor("b")}` });
    const second = page(`page[size]=2&page[after]=${encodeCursor("b")}`);
    expect(second.items).toEqual(["c", "d"]);
    expect(second.links.prev).toBe(`/v2/things?page[size]=2&page[before]=${encodeCursor("c")}`);
    const last = page(`page[size]=2&page[after]=${encodeCursor("d")}`);
    expect(last.items).toEqual(["e"]);
    expect(last.links).not.toHaveProperty("next");
    expect(page(`page[size]=2&page[before]=${encodeCursor("c")}`).items).toEqual(["a", "b"]);
    expect(page(`page[size]=2&page[before]=${encodeCursor("b")}`).items).toEqual(["a"]);
  });

  it("uses 10 items by default and never more than 100", () => {
    expect(readPageRequest(new URLSearchParams()).size).toBe(10);
    expect(() => readPageRequest(new URLSearchParams("page[size]=101"))).toThrow(SandboxRefusal);
    expect(() => readPageRequest(new URLSearchParams("page[size]=2.5"))).toThrow(SandboxRefusal);
  });

  it("refuses both cursors at once and cursors that point nowhere", () => {
    expect(() => page(`page[after]=${encodeCursor("a")}&page[before]=${encodeCursor("c")}`)).toThrow(SandboxRefusal);
    expect(() => page(`page[after]=${encodeCursor("z")}`)).toThrow(/page\[after\]/);
    expect(() => page("page[after]=%%%")).toThrow(SandboxRefusal);
  });
});
