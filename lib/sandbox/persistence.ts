import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ProviderSlug } from "@/lib/providers/slugs";
import type { JsonValue } from "./state-codec";

/** The version of the file's envelope; a file of another version is refused, never half-read. */
const FORMAT = 1;

/**
 * Where the simulators' state is kept: SANDBOX_STATE_DIR (a directory; relative paths from the
 * working directory), `.data/sandbox` when unset, nowhere when it is `off` (the tests' setting:
 * state then lives in process memory only, as before).
 */
export function sandboxStateDir(): string | null {
  const configured = process.env.SANDBOX_STATE_DIR?.trim();
  if (configured === "off") return null;
  // A runtime directory, not a source: the build must not trace the project through it.
  return path.resolve(/*turbopackIgnore: true*/ configured || ".data/sandbox");
}

const fileOf = (dir: string, slug: ProviderSlug) => path.join(dir, `${slug}.json`);

/**
 * The state saved for `slug`, or undefined when there is none (or persistence is off).
 * @throws Error naming the file when it cannot be read as a saved state: starting empty instead
 *   would hand out the old ids again, so the operator decides (fix or delete the file).
 */
export function loadSandboxState(slug: ProviderSlug, dir = sandboxStateDir()): JsonValue | undefined {
  if (!dir) return undefined;
  const file = fileOf(dir, slug);
  if (!existsSync(file)) return undefined;
  let envelope: { format?: unknown; slug?: unknown; state?: JsonValue };
  try {
    envelope = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`The ${slug} sandbox's saved state ${file} is not valid JSON (${String(error)}); fix or delete it.`);
  }
  if (envelope.format !== FORMAT || envelope.slug !== slug || envelope.state === undefined) {
    throw new Error(`The ${slug} sandbox's saved state ${file} is not a format-${FORMAT} ${slug} state; fix or delete it.`);
  }
  return envelope.state;
}

/**
 * Saves `state` for `slug` atomically: written to a temporary file beside it, then renamed over
 * it, so a crash leaves the previous state or the new one, never half a file. No-op when off.
 */
export function saveSandboxState(slug: ProviderSlug, state: JsonValue, dir = sandboxStateDir()): void {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, slug);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ format: FORMAT, slug, savedAt: new Date().toISOString(), state }));
  renameSync(temp, file);
}
