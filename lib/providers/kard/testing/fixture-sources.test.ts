import { describe, expect, it } from "vitest";
import { readFixture } from "@/lib/testing/fixtures";
import { extractSeedExamples, type KardSeedExamples } from "./fixture-sources";

/** A small document in the seed's shape: guides (front matter `title:`, headings, ```json blocks), then operation pages. */
const DOCUMENT = [
  "---",
  "title: WebView",
  "---",
  "### **`theme`** (optional)",
  "```json",
  '{"theme": "system" | "dark"}',
  "```",
  "## Theming Resources",
  "```typescript",
  "const themeOverrides = {",
  '  theme: "dark" as const,',
  "};",
  "```",
  "title: Getting Started",
  "## User Management",
  "```json",
  "{",
  '"data": []',
  "}",
  "```",
  "# Create Incoming Transactions",
  "const options = {",
  `body: '{"data":[{"type":"transaction"}]}'`,
  "# Create Users",
  `body: '{"data":[{"type":"user"}]}'`,
].join("\n");

describe("extractSeedExamples", () => {
  it("names each guide block by its guide and heading, and each request body by its page", () => {
    const examples = JSON.parse(extractSeedExamples(DOCUMENT)) as KardSeedExamples;
    expect(examples).toEqual({
      source: "seeds/001_5de93aca2543b20e.txt",
      guideJsonBlocks: [
        { guide: "WebView", section: "theme (optional)", text: '{"theme": "system" | "dark"}' },
        { guide: "Getting Started", section: "User Management", text: '{\n"data": []\n}' },
      ],
      endpointRequestBodies: [
        { page: "Create Incoming Transactions", json: '{"data":[{"type":"transaction"}]}' },
        { page: "Create Users", json: '{"data":[{"type":"user"}]}' },
      ],
      webviewThemingExample: '{\n  theme: "dark" as const,\n}',
    });
  });

  it("refuses a document without the operation pages", () => {
    expect(() => extractSeedExamples("title: WebView\n```json\n{}\n```")).toThrow(/Create Incoming Transactions/);
  });

  it("is what the committed fixture was written with (pretty JSON, one trailing newline)", () => {
    const committed = readFixture("kard", "seed-examples.json");
    expect(committed.endsWith("}\n")).toBe(true);
    expect(JSON.stringify(JSON.parse(committed), null, 2) + "\n").toBe(committed);
  });
});
