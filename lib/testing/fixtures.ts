import { readFileSync } from "node:fs";
import path from "node:path";
import type { ProviderSlug } from "@/lib/providers/slugs";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * One fixture the tests read, extracted from the providers' documentation in `../shared`, and
 * committed so that the suite runs on any clone. `npm run fixtures` re-extracts every fixture
 * from `../shared` (or SHARED_DOCS_DIR) when it is present and says what changed.
 */
export interface FixtureSource {
  provider: ProviderSlug;
  /** The fixture's file name in `lib/providers/<provider>/testing/fixtures/`. */
  file: string;
  /** The document it comes from, relative to the shared folder, e.g. `seeds/002_b2cf5ea77bc89c28.txt`. */
  from: string;
  /** The fixture's text, from the document's text (default: the document as it is). */
  extract?: (document: string) => string;
}

/** Absolute path of a provider's fixture file. */
export function fixturePath(provider: ProviderSlug, file: string): string {
  return path.join(REPO_ROOT, "lib", "providers", provider, "testing", "fixtures", file);
}

/** Tests: a committed fixture's text. @throws when the fixture was never extracted. */
export function readFixture(provider: ProviderSlug, file: string): string {
  return readFileSync(fixturePath(provider, file), "utf8");
}

/** Tests: a committed JSON fixture, parsed. */
export function readJsonFixture<T = unknown>(provider: ProviderSlug, file: string): T {
  return JSON.parse(readFixture(provider, file)) as T;
}
