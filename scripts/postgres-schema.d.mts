/** Types of postgres-schema.mjs (plain JavaScript so that `node scripts/new-migration.mjs` runs it as is). */
export const SOURCE_SCHEMA: string;
export const POSTGRES_SCHEMA: string;
export const POSTGRES_CLIENT_OUTPUT: string;
export function derivePostgresSchema(sqlite: string): string;
export function writePostgresSchema(root?: string): boolean;
