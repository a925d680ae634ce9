import type { FixtureSource } from "@/lib/testing/fixtures";
import { curlBodies, jsonExamples } from "./doc-examples";

/**
 * The documentation's headings an example is filed under (the nearest one above it). Each names
 * a section whose examples one schema describes (schemas.test.ts).
 */
export const KTN_EXAMPLE_SECTIONS = [
  "Quick Start Guide",
  "Get Account Details",
  "Get Active Fee Preference",
  "Purchase Gift Card",
  "List All Orders",
  "Get Order By ID",
  "Get Gift Card Credentials",
  "Refresh Order",
  "Refund Order Payment",
  "Void Order Payment",
  "Response Object",
  "Error Response Format",
] as const;

/**
 * KTN's fixtures, re-extracted by `npm run fixtures`: `examples.json` holds every JSON example of
 * the documentation with its section and line (`json`), and the bodies of its curl commands
 * (`curlBodies`). Read them through ./examples.ts.
 */
export const ktnFixtureSources: FixtureSource[] = [
  {
    provider: "ktn",
    file: "examples.json",
    from: "seeds/002_b2cf5ea77bc89c28.txt",
    extract: (document) =>
      `${JSON.stringify({ json: jsonExamples(document, KTN_EXAMPLE_SECTIONS), curlBodies: curlBodies(document) }, null, 2)}\n`,
  },
];
