import type { RouteContext } from "@/lib/sandbox/router";
import { badRequest, notFound } from "./json-api";
import type { Notifier } from "./notifications";
import type { SandboxState, UserRecord } from "./state";

/** What the Kard sandbox hands every route besides the request: its state, notifier, clock reading and mount URL. */
export interface KardSandboxEnv {
  state: SandboxState;
  notifier: Notifier;
  /** The sandbox clock, read once for the request. */
  now: Date;
  /** Absolute URL of this simulator's mount (e.g. http://localhost:3000/sandbox/kard). */
  publicBase: string;
}

/**
 * What a route handler gets: the environment, the request, its URL and the path parameters
 * (`organizationId` of an issuer route is already checked against the token).
 */
export type SandboxContext = RouteContext<KardSandboxEnv>;

/** One route's handler; a documented refusal is thrown as a SandboxRefusal (json-api.ts). */
export type Handler = (ctx: SandboxContext) => Promise<Response>;

export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) throw badRequest("The request body is empty; expected a JSON document.", { pointer: "" });
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("The request body is not valid JSON.", { pointer: "" });
  }
}

/** The enrolled user named by the `{userId}` path parameter, or 404. */
export function requireUser(ctx: SandboxContext): UserRecord {
  const user = ctx.state.users.get(ctx.params.userId);
  if (!user) throw notFound(`User '${ctx.params.userId}' was not found.`, { parameter: "userId" });
  return user;
}

/**
 * The same lookup for operations whose documented responses have no 404 (attributions,
 * activate/boost, uploads): an unknown user is a bad request there.
 */
export function requireUserAs400(ctx: SandboxContext): UserRecord {
  const user = ctx.state.users.get(ctx.params.userId);
  if (!user) throw badRequest(`User '${ctx.params.userId}' was not found.`, { parameter: "userId" });
  return user;
}
