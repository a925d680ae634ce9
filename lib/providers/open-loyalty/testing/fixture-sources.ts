import type { FixtureSource } from "@/lib/testing/fixtures";
import { recoveredExamples, seedEndpoints } from "./doc-examples";

/**
 * Open Loyalty Pay's fixtures, re-extracted by `npm run fixtures`: `seed-endpoints.json` (each
 * documented endpoint's path and body fields, from the seed) and `recovered-examples.json` (the
 * JSON examples and the signature vector of the recovered spec). Read them through ./examples.ts.
 */
export const openLoyaltyFixtureSources: FixtureSource[] = [
  {
    provider: "open-loyalty",
    file: "seed-endpoints.json",
    from: "seeds/003_4f16c7c692592474.txt",
    extract: (document) => `${JSON.stringify(seedEndpoints(document), null, 2)}\n`,
  },
  {
    provider: "open-loyalty",
    file: "recovered-examples.json",
    from: "specs/open-loyalty-pay-recovered.md",
    extract: (document) => `${JSON.stringify(recoveredExamples(document), null, 2)}\n`,
  },
];
