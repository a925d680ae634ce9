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
