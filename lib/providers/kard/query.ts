import type { KardLinks } from "./schemas/common";

type Scalar = string | number | boolean;
export interface QueryObject {
  [key: string]: Scalar | readonly Scalar[] | QueryObject | undefined;
}

function encodeKey(key: string): string {
  // Brackets stay literal, as in the documentation's URLs (`page[size]=10`).
  return encodeURIComponent(key).replace(/%5B/g, "[").replace(/%5D/g, "]");
}

function collect(query: QueryObject, prefix: string, out: string[]): void {
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const key = prefix ? `${prefix}[${name}]` : name;
    if (Array.isArray(value)) {
      for (const item of value) out.push(`${encodeKey(key)}=${encodeURIComponent(String(item))}`);
    } else if (typeof value === "object") {
      collect(value as QueryObject, key, out);
    } else {
      out.push(`${encodeKey(key)}=${encodeURIComponent(String(value))}`);
    }
  }
}

/**
 * Serialises Kard query parameters: nested objects become bracketed keys (`filter[category]`),
 * arrays become repeated parameters (`supportedComponents=cta&supportedComponents=tags`, the
 * OpenAPI default and what the Extended API guide shows), values are percent-encoded with `%20`
 * for spaces (`Food%20%26%20Beverage`, as `commons.CategoryOption` asks). Returns "" or "?…".
 * Source: guide "Extended API Integration" › Step 1; `commons.CategoryOption` description.
 */
export function toQueryString(query: QueryObject | undefined): string {
  if (!query) return "";
  const parts: string[] = [];
  collect(query, "", parts);
  return parts.length ? `?${parts.join("&")}` : "";
}

function paramOf(link: string | null | undefined, name: string): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link, "http://link.invalid").searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cursors to pass as `page[after]` / `page[before]`, read from a response's `links.next` /
 * `links.prev`; undefined on the last / first page.
 * Source: kard-endpoints.md "Pagination" ("Pass the cursor from the next link").
 */
export function pageCursors(links: KardLinks): { after?: string; before?: string } {
  return { after: paramOf(links.next, "page[after]"), before: paramOf(links.prev, "page[before]") };
}
