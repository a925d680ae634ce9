import type { FixtureSource } from "@/lib/testing/fixtures";
import { recoveredExamples } from "./doc-examples";

/**
 * Kazawallet's fixtures, re-extracted by `npm run fixtures`: `recovered-examples.json`, every
 * code block of the recovered examples with its section, label and lenient reading. Seed 004
 * itself has no example left (its code blocks were lost), so it yields none. Read them through ./examples.ts.
 */
export const kazawalletFixtureSources: FixtureSource[] = [
  {
    provider: "kazawallet",
    file: "recovered-examples.json",
    from: "specs/kazawallet-recovered.md",
    extract: (document) => `${JSON.stringify(recoveredExamples(document), null, 2)}\n`,
  },
];
