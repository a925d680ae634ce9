import type { NextAuthConfig } from "next-auth";
import { logger } from "@/lib/log";

/**
 * Auth.js errors that anyone can cause from outside: a forged, stale or undecryptable session
 * cookie, a refused sign-in. Logged as one warn line each, without a stack trace (issue 11,
 * finding 6: a bogus cookie printed 20 lines); anything else is one error line with its cause.
 */
const EXPECTED = new Set(["JWTSessionError", "CredentialsSignin", "CallbackRouteError", "MissingCSRF", "InvalidCheck", "UnknownAction"]);

function causeMessage(cause: unknown): string | undefined {
  if (cause instanceof Error) return cause.message;
  const err = (cause as { err?: unknown } | undefined)?.err;
  return err instanceof Error ? err.message : undefined;
}

export const authLogger = {
  error(error: Error) {
    const type = (error as { type?: string }).type ?? error.name;
    const line = { auth: type, cause: causeMessage(error.cause) };
    if (EXPECTED.has(type)) logger.warn(line, `auth refused: ${type}`);
    else logger.error(line, `auth error: ${type}`);
  },
  warn(code: string) {
    logger.warn({ auth: code }, `auth warning: ${code}`);
  },
  debug() {},
} satisfies NonNullable<NextAuthConfig["logger"]>;
