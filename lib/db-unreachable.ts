/**
 * Telling "the database does not answer" apart from every other failure, so the console can say
 * so plainly (a page that explains, an action that says what happened to the money) instead of a
 * generic error. Prisma's codes: P1001 can't reach the server, P1002 it timed out, P1008 an
 * operation timed out, P1017 the server closed the connection, P2024 no pool connection in time;
 * through a driver adapter the cause is in `meta.driverAdapterError.cause.kind`; a raw driver error
 * carries the socket's code. The cause chain is followed.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "57P01", "57P03"]);

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const value = current as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; cause?: unknown };
    if (typeof value.code === "string" && (PRISMA_CODES.has(value.code) || SOCKET_CODES.has(value.code))) return true;
    const kind = value.meta?.driverAdapterError?.cause?.kind;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    current = value.cause;
  }
  return false;
}

/** What staff are told when the database does not answer (action results, data routes, the console page). */
export const DATABASE_UNREACHABLE_MESSAGE =
  "The console's database does not answer, so nothing more was done. A money movement that was already sent to a provider keeps its record and is settled by reconciliation once the database is back. Try again in a moment; if it goes on, check the database server (docs/deployment.md).";
