import { readJsonFixture } from "@/lib/testing/fixtures";
import type { RecoveredExamples, SeedEndpoint } from "./doc-examples";

/** Tests: the seed's endpoints and their body fields, from the committed fixture (./fixture-sources.ts). */
export function seedEndpointFixtures(): SeedEndpoint[] {
  return readJsonFixture("open-loyalty", "seed-endpoints.json");
}

/** Tests: the recovered spec's examples and signature vector, from the committed fixture. */
export function recoveredExampleFixtures(): RecoveredExamples {
  return readJsonFixture("open-loyalty", "recovered-examples.json");
}
