import { readJsonFixture } from "@/lib/testing/fixtures";
import type { RecoveredExample } from "./doc-examples";

/** Tests: the recovered Kazawallet examples, from the committed fixture (./fixture-sources.ts). */
export function kazawalletExamples(): RecoveredExample[] {
  return readJsonFixture("kazawallet", "recovered-examples.json");
}
