import type { FixtureSource } from "@/lib/testing/fixtures";

/** Kard's documentation dump: the guides, then one page per operation (each opening with `# <Page>`). */
const SEED = "seeds/001_5de93aca2543b20e.txt";
/** The first operation page: everything before it is the guides. */
const FIRST_OPERATION_PAGE = "# Create Incoming Transactions";

/** One ```json block of a guide, with the guide (`title:`) and the heading it sits under. */
export interface GuideJsonBlock {
  guide: string;
  section: string;
  text: string;
}

/** One request body of an operation page's "SDK Code Examples" (the JavaScript variant's `body: '…'`). */
interface EndpointRequestBody {
  page: string;
  json: string;
}

/** What the tests use of the 456 KB seed: every example payload, named by where it stands. */
export interface KardSeedExamples {
  source: string;
  guideJsonBlocks: GuideJsonBlock[];
  endpointRequestBodies: EndpointRequestBody[];
  /** The WebView guide's "Theming Resources" `themeOverrides` object, as the TypeScript literal it is written as. */
  webviewThemingExample: string;
}

const headingText = (line: string) => line.replace(/^#+\s*/, "").replace(/\*\*|`/g, "").trim();

function guideBlocks(lines: string[]): GuideJsonBlock[] {
  const blocks: GuideJsonBlock[] = [];
  let guide = "";
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("title: ")) [guide, section] = [line.slice("title: ".length).trim(), ""];
    else if (/^#+ /.test(line)) section = headingText(line);
    else if (line.startsWith("```json")) {
      const end = lines.findIndex((candidate, j) => j > i && candidate.startsWith("```"));
      blocks.push({ guide, section, text: lines.slice(i + 1, end).join("\n") });
      i = end;
    }
  }
  return blocks;
}

function endpointBodies(lines: string[]): EndpointRequestBody[] {
  const bodies: EndpointRequestBody[] = [];
  let page = "";
  for (const line of lines) {
    if (line.startsWith("# ")) page = line.slice(2).trim();
    const match = /^body: '(.*)'$/.exec(line);
    if (match) bodies.push({ page, json: match[1] });
  }
  return bodies;
}

function themingExample(text: string): string {
  const guide = text.slice(text.indexOf("title: WebView"), text.indexOf("title: Getting Started"));
  const start = guide.indexOf("const themeOverrides = {");
  const end = guide.indexOf("\n};", start);
  if (start < 0 || end < 0) throw new Error("The WebView guide's Theming Resources example was not found");
  return guide.slice(start + "const themeOverrides = ".length, end + 2);
}

/**
 * Reads the seed into {@link KardSeedExamples}: the guides' ```json blocks (up to the first
 * operation page) and the operation pages' request bodies, in document order, as pretty JSON.
 * @throws Error when the document no longer has the shape this reads.
 */
export function extractSeedExamples(text: string): string {
  const lines = text.split("\n");
  const firstPage = lines.findIndex((line) => line.startsWith(FIRST_OPERATION_PAGE));
  if (firstPage < 0) throw new Error(`${SEED}: no "${FIRST_OPERATION_PAGE}" page`);
  const examples: KardSeedExamples = {
    source: SEED,
    guideJsonBlocks: guideBlocks(lines.slice(0, firstPage)),
    endpointRequestBodies: endpointBodies(lines.slice(firstPage)),
    webviewThemingExample: themingExample(text),
  };
  return `${JSON.stringify(examples, null, 2)}\n`;
}

/** Kard's fixtures: the OpenAPI document as it is, and the examples of the documentation dump. */
export const kardFixtureSources: FixtureSource[] = [
  { provider: "kard", file: "kard-openapi.yaml", from: "specs/kard-openapi.yaml" },
  { provider: "kard", file: "seed-examples.json", from: SEED, extract: extractSeedExamples },
];
