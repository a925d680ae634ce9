import { readJsonFixture } from "@/lib/testing/fixtures";
import type { KtnPurchaseRequest } from "../schemas";
import type { DocExample } from "./doc-examples";
import type { KTN_EXAMPLE_SECTIONS } from "./fixture-sources";

export type KtnExampleSection = (typeof KTN_EXAMPLE_SECTIONS)[number];

/** Tests: the KTN documentation's examples, from the committed fixture (./fixture-sources.ts). */
export function ktnExamples(): { json: (DocExample & { section: KtnExampleSection })[]; curlBodies: unknown[] } {
  return readJsonFixture("ktn", "examples.json");
}

/** Tests: the `index`-th JSON example of `section`. @throws when the documentation has none. */
export function ktnExample<T = Record<string, unknown>>(section: KtnExampleSection, index = 0): T {
  const found = ktnExamples().json.filter((e) => e.section === section)[index];
  if (!found) throw new Error(`no documented example under "${section}"`);
  return found.value as T;
}

/** Tests: the documented purchase request (the "Purchase Gift Card" curl body). */
export function documentedPurchaseRequest(): KtnPurchaseRequest {
  const [body] = ktnExamples().curlBodies;
  if (!body) throw new Error("the documentation's purchase curl body is missing");
  return body as KtnPurchaseRequest;
}
