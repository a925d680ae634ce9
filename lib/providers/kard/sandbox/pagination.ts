import { LIMITS } from "./config";
import { badRequest } from "./json-api";
import { readNumber } from "./query";

/**
 * Cursor pagination as the documentation describes it: `page[size]`, `page[after]`,
 * `page[before]`, and `links{self, prev, next}` with the next/previous cursor in the link.
 * A cursor is the base64url of the item's sort key (for earned rewards "timestamp + transaction
 * ID"). `prev`/`next` are left out, not null, when there is no such page: the schema
 * (`commons.Links`) types them as strings, which wins over the guide's `"prev": null`.
 * Source: Kard seed, "Get Offers By User", "Get Earned Rewards", "Get Files"; `commons.Links`.
 */
export interface PageRequest {
  size: number;
  after?: string;
  before?: string;
}

export interface Page<T> {
  items: T[];
  hasPrev: boolean;
  hasNext: boolean;
  links: { self: string; prev?: string; next?: string };
}

export function readPageRequest(query: URLSearchParams, defaultSize: number = LIMITS.defaultPageSize): PageRequest {
  const size = readNumber(query, "page[size]", { integer: true }) ?? defaultSize;
  if (size < 1 || size > LIMITS.maxPageSize) {
    throw badRequest(`page[size] must be between 1 and ${LIMITS.maxPageSize}.`, { parameter: "page[size]" });
  }
  const after = query.get("page[after]") ?? undefined;
  const before = query.get("page[before]") ?? undefined;
  if (after !== undefined && before !== undefined) {
    throw badRequest("Use either page[after] or page[before], not both.", { parameter: "page[before]" });
  }
  return { size, after, before };
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

function decodeCursor(cursor: string, parameter: string): string {
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!key || encodeCursor(key) !== cursor.replace(/=+$/, "")) {
    throw badRequest(`Invalid cursor in ${parameter}.`, { parameter });
  }
  return key;
}

/** A query string with readable bracketed keys (`page[after]=…`), as the guide's links show. */
function buildQuery(entries: [string, string][]): string {
  return entries
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(value)}`)
    .join("&");
}

function link(path: string, query: URLSearchParams, cursor?: { name: "page[after]" | "page[before]"; value: string }): string {
  const entries = [...query.entries()].filter(([key]) => !(cursor && (key === "page[after]" || key === "page[before]")));
  if (cursor) entries.push([cursor.name, cursor.value]);
  const search = buildQuery(entries);
  return search ? `${path}?${search}` : path;
}

/**
 * One page of `items` (already in their final order). `keyOf` must be unique per item.
 * Throws 400 for a cursor that names no item of the list.
 */
export function paginate<T>(
  items: T[],
  keyOf: (item: T) => string,
  request: PageRequest,
  path: string,
  query: URLSearchParams,
): Page<T> {
  let start = 0;
  let end = Math.min(items.length, request.size);
  if (request.after !== undefined) {
    const key = decodeCursor(request.after, "page[after]");
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0) throw badRequest("The page[after] cursor does not point into this result set.", { parameter: "page[after]" });
    start = index + 1;
    end = Math.min(items.length, start + request.size);
  } else if (request.before !== undefined) {
    const key = decodeCursor(request.before, "page[before]");
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0) throw badRequest("The page[before] cursor does not point into this result set.", { parameter: "page[before]" });
    end = index;
    start = Math.max(0, end - request.size);
  }
  const pageItems = items.slice(start, end);
  const hasPrev = start > 0;
  const hasNext = end < items.length;
  const links: Page<T>["links"] = { self: link(path, query) };
  // An empty page (a cursor at either end) has nothing to anchor prev/next on.
  if (pageItems.length > 0) {
    if (hasPrev) links.prev = link(path, query, { name: "page[before]", value: encodeCursor(keyOf(pageItems[0])) });
    if (hasNext) links.next = link(path, query, { name: "page[after]", value: encodeCursor(keyOf(pageItems[pageItems.length - 1])) });
  }
  return { items: pageItems, hasPrev, hasNext, links };
}
