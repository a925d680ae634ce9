import type { FixtureSource } from "@/lib/testing/fixtures";
import { kvitkaDocExamples } from "./doc-examples";

/**
 * KvitkaCard's fixtures, re-extracted by `npm run fixtures`: `examples.json`, the documentation's
 * response examples, each with the endpoint it is documented under. Read them through ./examples.ts.
 */
export const kvitkaFixtureSources: FixtureSource[] = [
  {
    provider: "kvitka",
    file: "examples.json",
    from: "seeds/000_96fa4d3ae701ce69.txt",
    extract: (document) => `${JSON.stringify(kvitkaDocExamples(document), null, 2)}\n`,
  },
];
