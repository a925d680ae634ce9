import { readJsonFixture } from "@/lib/testing/fixtures";
import type { DocExample } from "./doc-examples";

/** Tests: the KvitkaCard documentation's response examples, from the committed fixture (./fixture-sources.ts). */
export function kvitkaExamples(): DocExample[] {
  return readJsonFixture("kvitka", "examples.json");
}

/** Tests: the documented response example of `path` (e.g. "/deposit/init.php"). @throws when there is none. */
export function kvitkaExample(path: string): Record<string, unknown> {
  const example = kvitkaExamples().find((e) => e.path === path);
  if (!example) throw new Error(`no documented example for ${path}`);
  return example.value;
}
