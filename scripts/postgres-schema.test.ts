import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, POSTGRES_SCHEMA, SOURCE_SCHEMA } from "./postgres-schema.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const migrationNames = (dir: string) =>
  readdirSync(path.join(ROOT, dir)).filter((d) => /^\d+_/.test(d)).sort();

describe("the PostgreSQL schema is derived, never hand-kept", () => {
  it("prisma/postgres/schema.prisma is what scripts/postgres-schema.mjs derives from prisma/schema.prisma", () => {
    expect(read(POSTGRES_SCHEMA)).toBe(derivePostgresSchema(read(SOURCE_SCHEMA)));
  });

  it("only the datasource and the client output differ", () => {
    const derived: string = derivePostgresSchema(read(SOURCE_SCHEMA));
    expect(derived).toMatch(/provider = "postgresql"/);
    expect(derived).toMatch(/output\s+= "..\/..\/node_modules\/@prisma-postgres\/client"/);
    const models = (text: string) => text.slice(text.indexOf("model "));
    expect(models(derived)).toBe(models(read(SOURCE_SCHEMA)));
  });

  it("refuses a schema with native types, which would not port", () => {
    const withNative = read(SOURCE_SCHEMA).replace("model StaffUser {", "model StaffUser {\n  note String @db.Text");
    expect(() => derivePostgresSchema(withNative)).toThrow(/native types/);
  });

  it("both migration histories end at the current schema (npm run db:migration:new writes both)", () => {
    expect(read("prisma/migrations/schema.snapshot.prisma")).toBe(read(SOURCE_SCHEMA));
    expect(read("prisma/postgres/migrations/schema.snapshot.prisma")).toBe(read(POSTGRES_SCHEMA));
    const last = (dir: string) => migrationNames(dir).at(-1)!.slice(0, 14);
    expect(last("prisma/postgres/migrations") >= last("prisma/migrations")).toBe(true);
  });
});
