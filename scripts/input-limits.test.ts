import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const ROOT = path.resolve(import.meta.dirname, "..");

function validationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return validationFiles(full);
    return name.endsWith(".validation.ts") ? [full] : [];
  });
}

/** Every string schema reachable from `schema` without a maximum length, by path. */
function unboundedStrings(schema: z.core.$ZodType, at: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (child: unknown, where: string) => (child ? unboundedStrings(child as z.core.$ZodType, where, seen) : []);
  switch (def.type) {
    case "string": {
      const max = (schema as unknown as { maxLength: number | null }).maxLength;
      return max === null ? [at] : [];
    }
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => walk(child, `${at}.${key}`));
    case "array":
      return walk(def.element, `${at}[]`);
    case "record":
      return [...walk(def.keyType, `${at}{key}`), ...walk(def.valueType, `${at}{}`)];
    case "union":
      return (def.options as unknown[]).flatMap((option, i) => walk(option, `${at}|${i}`));
    case "intersection":
      return [...walk(def.left, at), ...walk(def.right, at)];
    case "pipe":
      // A pipe's input is what arrives; its output was checked on the way in (e.g. a length-bounded string parsed further).
      return walk(def.in, at);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return walk(def.innerType, at);
    case "lazy":
      return walk((def.getter as () => unknown)(), at);
    default:
      return [];
  }
}

describe("finding 10: every string field has a maximum length", () => {
  const files = validationFiles(path.join(ROOT, "app"));

  it("looks at the form and route schemas", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.relative(ROOT, file)]))("%s", async (file) => {
    const exported = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const schemas = Object.entries(exported).filter(([, value]) => value instanceof z.ZodType) as [string, z.ZodType][];
    const unbounded = schemas.flatMap(([name, schema]) => unboundedStrings(schema, name));
    expect(unbounded, "string fields without .max()").toEqual([]);
  });
});

describe("finding 10: Kard enrolment accepts a 100,005-character email", () => {
  it("refuses it with a message", async () => {
    const { enrollSchema } = await import("@/app/(console)/kard/users/users.validation");
    const result = enrollSchema.safeParse({ userId: "u-1", email: `${"a".repeat(100_000)}@x.io`, zipCode: "", enrolledRewards: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["email"], message: "Use an email address of at most 254 characters." });
  });
});
