import { parse as parseYaml } from "yaml";
import { readFixture, readJsonFixture } from "@/lib/testing/fixtures";
import type { GuideJsonBlock, KardSeedExamples } from "./fixture-sources";

/**
 * Tests: Kard's documentation as committed fixtures (`npm run fixtures` re-extracts them from
 * ../shared): the examples of the documentation dump and the merged OpenAPI document.
 * Source: Kard seed (001_5de93aca2543b20e.txt); kard-openapi.yaml.
 */
export function kardSeedExamples(): KardSeedExamples {
  return readJsonFixture<KardSeedExamples>("kard", "seed-examples.json");
}

/** kard-openapi.yaml, parsed. */
export function kardOpenApiDocument<T = Record<string, unknown>>(): T {
  return parseYaml(readFixture("kard", "kard-openapi.yaml")) as T;
}

/** The ```json blocks of the guides, in document order, optionally of one guide (e.g. "WebView"). */
function guideJsonBlocks(guide?: string): GuideJsonBlock[] {
  return kardSeedExamples().guideJsonBlocks.filter((block) => !guide || block.guide === guide);
}

/** The ```json blocks of the WebView guide, in order: the theme structure, then the three messages. */
export function webviewGuideJsonBlocks(): string[] {
  return guideJsonBlocks("WebView").map((block) => block.text);
}

/** The `themeOverrides` object of the WebView guide's "Theming Resources" (a TypeScript literal, evaluated). */
export function guideThemingExample(): unknown {
  const literal = kardSeedExamples().webviewThemingExample.replace(/ as const/g, "");
  return new Function(`return (${literal});`)();
}

/** The WebView guide's encoder, verbatim: `btoa(JSON.stringify(overrides))` made URL-safe. */
export function guideEncode(overrides: object): string {
  return btoa(JSON.stringify(overrides)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
