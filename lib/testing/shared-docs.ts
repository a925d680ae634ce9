import path from "node:path";

/**
 * Where tests read the providers' documentation: the workplace's `shared/` folder beside the
 * repository (`<repo>/../shared`), or `SHARED_DOCS_DIR` when it lives elsewhere. One place, so a
 * clone anywhere next to `shared/` finds the same files.
 */
const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const SHARED_DIR = process.env.SHARED_DOCS_DIR ?? path.resolve(REPO_ROOT, "../shared");

/** A seed file by name, e.g. `sharedSeed("002_b2cf5ea77bc89c28.txt")`. */
export function sharedSeed(fileName: string): string {
  return path.join(SHARED_DIR, "seeds", fileName);
}

/** A spec file by name, e.g. `sharedSpec("kard-openapi.yaml")`. */
export function sharedSpec(fileName: string): string {
  return path.join(SHARED_DIR, "specs", fileName);
}
