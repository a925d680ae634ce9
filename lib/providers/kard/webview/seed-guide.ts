import { readFileSync } from "node:fs";
import { sharedSeed } from "@/lib/testing/shared-docs";

/**
 * Test helper: the WebView guide's examples, read from the Kard documentation dump — the JSON
 * blocks (theme structure, the three messages) and the "Theming Resources" theme object.
 * Source: Kard seed (001_5de93aca2543b20e.txt), "WebView".
 */
const SEED = sharedSeed("001_5de93aca2543b20e.txt");

function webviewGuide(): string {
  const text = readFileSync(SEED, "utf8");
  const start = text.indexOf("title: WebView");
  const end = text.indexOf("title: Getting Started", start);
  return text.slice(start, end);
}

/** The ```json blocks of the guide, in order. */
export function guideJsonBlocks(): string[] {
  return [...webviewGuide().matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** The `themeOverrides` object of "Theming Resources" (a TypeScript literal, evaluated). */
export function guideThemingExample(): unknown {
  const guide = webviewGuide();
  const start = guide.indexOf("const themeOverrides = {");
  const end = guide.indexOf("\n};", start);
  const literal = guide.slice(start + "const themeOverrides = ".length, end + 2).replace(/ as const/g, "");
  return new Function(`return (${literal});`)();
}

/** The guide's encoder, verbatim: `btoa(JSON.stringify(overrides))` made URL-safe. */
export function guideEncode(overrides: object): string {
  return btoa(JSON.stringify(overrides)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
