import path from "node:path";

/**
 * Where the providers' documentation lives on a workplace machine: the `shared/` folder beside
 * the repository (`<repo>/../shared`), or `SHARED_DOCS_DIR`. Only `npm run fixtures` reads it;
 * tests read the committed fixtures (lib/testing/fixtures.ts), so they pass on any clone.
 */
export function sharedDocsDir(): string {
  return process.env.SHARED_DOCS_DIR ?? path.resolve(import.meta.dirname, "../../..", "shared");
}
