import { PrismaPg } from "@prisma/adapter-pg";

/** PostgreSQL catalog types the schema engine reads that adapter-pg cannot decode: `"char"` and `name`. */
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type Queryable = { performIO(query: unknown): Promise<{ fields: Field[] }> };
type Adapter = Queryable & { startTransaction(isolationLevel?: string): Promise<Queryable> };

/** Reports the catalog types as text, so introspection results decode (prisma/orm#27403). */
function decodeCatalogTypesAsText<Q extends Queryable>(queryable: Q): Q {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    return result;
  };
  return queryable;
}

/**
 * The adapter the Prisma CLI uses on PostgreSQL (prisma/postgres/prisma.config.ts): adapter-pg, but
 * `migrate deploy` on a fresh database no longer fails with "Column type 'name' could not be
 * deserialized" (prisma/orm#27403), and the pool lets the CLI exit as soon as it is idle.
 * The console itself uses the plain adapter (lib/db).
 */
export function cliAdapter(connectionString: string) {
  const factory = new PrismaPg({ connectionString, allowExitOnIdle: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = decodeCatalogTypesAsText((await connect()) as unknown as Adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => decodeCatalogTypesAsText(await startTransaction(isolationLevel));
    return adapter as unknown as Awaited<ReturnType<typeof connect>>;
  };
  return factory;
}
