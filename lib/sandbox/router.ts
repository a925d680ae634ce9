import { match, type MatchFunction } from "path-to-regexp";

/**
 * A refusal in the provider's own documented error shape. A simulator throws it from anywhere
 * in a handler (bad credentials, unknown id, illegal state change); its router answers with
 * `response`. One type for every simulator: each provider builds the Response its documentation
 * describes (KTN's `{status:"error", …}`, KvitkaCard's `{success:false, error_code, …}`, Kard's
 * JSON:API `errors`, …).
 */
const BRAND = Symbol.for("merchant-console.SandboxRefusal");

export class SandboxRefusal extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly response: Response,
    message = `sandbox refusal ${response.status}`,
  ) {
    super(message);
    this.name = "SandboxRefusal";
  }
}

export type SandboxMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a handler gets: the provider's own context `E`, the request, its URL and the path parameters. */
export type RouteContext<E> = E & { req: Request; url: URL; params: Record<string, string> };

export type RouteHandler<E> = (ctx: RouteContext<E>) => Response | Promise<Response>;

/**
 * One documented endpoint: method, path relative to the provider's documented base URL with
 * `:name` parameters (path-to-regexp syntax), its handler, and the documentation's name of the
 * operation (Kard's operationId, KTN's endpoint title, KvitkaCard's file name) for tests.
 */
export interface SandboxRoute<E> {
  method: SandboxMethod;
  path: string;
  handler: RouteHandler<E>;
  operation?: string;
}

/** Answers for requests no route takes, in the provider's own shape. */
export interface RouterFallbacks {
  notFound: (req: Request, url: URL) => Response;
  methodNotAllowed: (req: Request, url: URL, allowed: SandboxMethod[]) => Response;
}

export interface SandboxRouter<E> {
  /** Routes `req` with the provider's context `extra`; a thrown SandboxRefusal becomes its response. */
  handle(req: Request, extra: E): Promise<Response>;
  readonly routes: readonly SandboxRoute<E>[];
}

/** True for a SandboxRefusal from any bundle (by brand, as for ProviderError). */
export function isSandboxRefusal(value: unknown): value is SandboxRefusal {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

type Compiled<E> = SandboxRoute<E> & { test: MatchFunction<Record<string, string>> };

export interface RouterOptions {
  /**
   * Match paths exactly as documented: case-sensitive, no trailing slash (a provider whose server
   * answers `/Init.php` or `/init.php/` with 404). Default false: any case, optional trailing slash.
   */
  exactPaths?: boolean;
}

/**
 * The one router every simulator uses: method + path pattern → handler, first match wins, a
 * path that matches under another method answers `methodNotAllowed`, anything else `notFound`.
 * Path parameters arrive decoded; a parameter that is not valid percent-encoding matches nothing.
 */
export function sandboxRouter<E>(routes: SandboxRoute<E>[], fallbacks: RouterFallbacks, options: RouterOptions = {}): SandboxRouter<E> {
  const exact = options.exactPaths ?? false;
  const compiled: Compiled<E>[] = routes.map((route) => ({
    ...route,
    test: match<Record<string, string>>(route.path, { decode: decodeURIComponent, trailing: !exact, sensitive: exact }),
  }));

  function find(method: string, pathname: string): { route?: Compiled<E>; params: Record<string, string>; allowed: SandboxMethod[] } {
    const allowed: SandboxMethod[] = [];
    for (const route of compiled) {
      let found: ReturnType<Compiled<E>["test"]>;
      try {
        found = route.test(pathname);
      } catch {
        continue;
      }
      if (!found) continue;
      if (route.method !== method.toUpperCase()) {
        allowed.push(route.method);
        continue;
      }
      return { route, params: found.params, allowed };
    }
    return { params: {}, allowed };
  }

  return {
    routes,
    async handle(req, extra) {
      const url = new URL(req.url);
      const found = find(req.method, url.pathname);
      try {
        if (found.route) return await found.route.handler({ ...extra, req, url, params: found.params });
        return found.allowed.length > 0 ? fallbacks.methodNotAllowed(req, url, found.allowed) : fallbacks.notFound(req, url);
      } catch (error) {
        if (isSandboxRefusal(error)) return error.response;
        throw error;
      }
    },
  };
}
