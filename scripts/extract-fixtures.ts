// `npm run fixtures`: re-extracts the test fixtures from the providers' documentation in
// ../shared (or SHARED_DOCS_DIR) and reports, per fixture, whether it was created, updated (with
// the number of lines added and removed) or unchanged. Without the shared folder it says so and
// changes nothing: the committed fixtures are what the tests use.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FIXTURE_SOURCES } from "@/lib/testing/fixture-sources";
import { fixturePath } from "@/lib/testing/fixtures";
import { describeChange } from "@/lib/testing/fixture-diff";

/**
 * The providers' documentation on a workplace machine: `shared/` beside the repository, or
 * SHARED_DOCS_DIR. Only this script reads it; tests read the committed fixtures.
 */
const shared = process.env.SHARED_DOCS_DIR || path.resolve(import.meta.dirname, "../..", "shared");
if (!existsSync(shared)) {
  console.log(`No shared documentation at ${shared}: the committed fixtures stay as they are.`);
  process.exit(0);
}

let changed = 0;
for (const source of FIXTURE_SOURCES) {
  const document = readFileSync(path.join(shared, source.from), "utf8");
  const next = source.extract ? source.extract(document) : document;
  const target = fixturePath(source.provider, source.file);
  const previous = existsSync(target) ? readFileSync(target, "utf8") : null;
  const change = describeChange(previous, next);
  if (change !== "unchanged") {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, next);
    changed += 1;
  }
  console.log(`${source.provider}/${source.file} (from ${source.from}): ${change}`);
}
console.log(changed ? `${changed} fixture(s) written: review and commit them.` : "Every fixture matches the shared documentation.");
