import { defineConfig } from "prisma/config";
import { cliAdapter } from "./cli-adapter";

/**
 * The Prisma CLI on PostgreSQL: `prisma <command> --config prisma/postgres/prisma.config.ts` with
 * DATABASE_URL=postgresql://… (scripts/start.mjs and scripts/test-postgres.mjs do this). The schema is
 * derived from prisma/schema.prisma (scripts/postgres-schema.mjs); so are the migrations.
 */
export const DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  engine: "js",
  async adapter() {
    return cliAdapter(process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : DEFAULT_POSTGRES_URL);
  },
});
