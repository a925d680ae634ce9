import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * Every export of a "use server" file becomes an endpoint anyone can call, so each one must be
 * built by defineAction (session, permission, zod, audit of refusals). Sign-in is the one action
 * that runs before there is a session.
 */
const UNWRAPPED_ALLOWED = new Set(["app/(auth)/login/actions.ts:signInAction"]);

describe('"use server" files', () => {
  const files = sourceFiles(path.join(ROOT, "app")).filter((f) => /^\s*["']use server["'];?/.test(readFileSync(f, "utf8")));

  it("exist (the check is looking at the right tree)", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [path.relative(ROOT, f)]))("%s exports only defineAction actions", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const exports = [...text.matchAll(/^export\s+(?:async\s+)?(const|function|let|var|class|default|type|interface)\s*(\w*)/gm)];
    expect(exports.length).toBeGreaterThan(0);
    for (const [statement, kind, name] of exports) {
      if (UNWRAPPED_ALLOWED.has(`${file}:${name}`)) continue;
      expect(kind, `${file}: "${statement}"`).toBe("const");
      expect(text, `${file}: ${name} must be built with defineAction`).toMatch(new RegExp(`export const ${name}\\s*=\\s*defineAction\\(`));
    }
    expect(text).not.toMatch(/^export\s*\{/m);
  });
});

/** Routes that authenticate otherwise: Auth.js itself, and provider webhooks (their signature). */
const ROUTES_WITHOUT_SESSION = new Set(["app/api/auth/[...nextauth]/route.ts", "app/api/webhooks/[provider]/route.ts"]);

describe("authorization in every page and data route", () => {
  const all = sourceFiles(path.join(ROOT, "app")).map((f) => path.relative(ROOT, f));

  it.each(all.filter((f) => f.startsWith("app/api/") && f.endsWith("/route.ts")).map((f) => [f]))("%s checks a permission", (file) => {
    if (ROUTES_WITHOUT_SESSION.has(file)) return;
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/withRoutePermission\(|requirePermission\(/);
  });

  it.each(all.filter((f) => f.startsWith("app/(console)/") && f.endsWith("/page.tsx")).map((f) => [f]))("%s checks a permission", (file) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(/requirePagePermission\(/);
  });
});

/** docs/architecture.md › "The provider contract": the files every provider folder has. */
const PROVIDER_FILES = ["provider.ts", "client.ts", "operations", "sandbox/index.ts", "testing/fixture-sources.ts"];

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)["']([^"']+)["']/gm)].map((m) => m[1]);
}

/** An import specifier as a repository-relative path ("@/lib/x" and "./x" alike), or undefined for a package. */
function resolvedImport(file: string, specifier: string): string | undefined {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.relative(ROOT, path.resolve(path.dirname(file), specifier));
  return undefined;
}

describe("the provider contract", () => {
  const providersDir = path.join(ROOT, "lib/providers");
  const slugs = readdirSync(providersDir).filter((name) => statSync(path.join(providersDir, name)).isDirectory());

  it("finds the providers (the check is looking at the right tree)", () => {
    expect(slugs).toEqual(expect.arrayContaining(["kard", "ktn", "kvitka"]));
  });

  it.each(slugs.map((slug) => [slug]))("lib/providers/%s has the agreed files and its docs page", (slug) => {
    const dir = path.join(providersDir, slug);
    const has = (p: string) => {
      try {
        statSync(path.join(dir, p));
        return true;
      } catch {
        return false;
      }
    };
    for (const file of PROVIDER_FILES) expect(has(file), `lib/providers/${slug}/${file}`).toBe(true);
    expect(has("schemas.ts") || has("schemas"), `lib/providers/${slug}/schemas(.ts|/)`).toBe(true);
    expect(statSync(path.join(ROOT, "docs/providers", `${slug}.md`)).isFile()).toBe(true);
    expect(readFileSync(path.join(dir, "client.ts"), "utf8")).toMatch(/export function create\w+Client\(/);
  });

  it.each(slugs.map((slug) => [slug]))("lib/providers/%s imports no other provider", (slug) => {
    const dir = path.join(providersDir, slug);
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f));
    for (const file of files) {
      const full = path.join(dir, file);
      for (const specifier of importsOf(full)) {
        const target = resolvedImport(full, specifier);
        const other = target?.match(/^lib\/providers\/([^/.]+)\//)?.[1];
        if (other) expect(other, `${path.relative(ROOT, full)} imports ${specifier}`).toBe(slug);
      }
    }
  });
});

describe("layering", () => {
  const files = (dir: string) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(ROOT, dir, f));

  it("lib never imports app", () => {
    const offenders = files("lib").flatMap((file) =>
      importsOf(file)
        .filter((s) => resolvedImport(file, s)?.startsWith("app/"))
        .map((s) => `${path.relative(ROOT, file)} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("nothing outside scripts/ reaches ../shared (tests and the console read committed fixtures)", () => {
    const code = ["lib", "app", "components", "e2e", "bench", "prisma"].flatMap(files);
    expect(code.length).toBeGreaterThan(100);
    const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const offenders = code.filter((f) => /["'`][^"'`\n]*\.\.\/shared|["'`]shared["'`]|SHARED_DOCS_DIR/.test(withoutComments(readFileSync(f, "utf8"))));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});

describe("PostgreSQL migrations", () => {
  const migrations = ["prisma/postgres/migrations"].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((name) => statSync(path.join(ROOT, dir, name)).isDirectory())
      .map((name) => path.join(dir, name, "migration.sql")),
  );

  it("are found (the check is looking at the right tree)", () => {
    expect(migrations.length).toBeGreaterThan(4);
  });

  it("have no semicolon in a comment (`prisma migrate deploy` through adapter-pg splits the script at every one; SQLite's runs whole)", () => {
    const offending = migrations.flatMap((file) =>
      readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => /--.*;/.test(line))
        .map(({ at }) => at),
    );
    expect(offending).toEqual([]);
  });
});
