import type { FetchFn } from "@/lib/providers/http";
import { logger } from "@/lib/log";
import type { Sandbox } from "@/lib/sandbox/types";
import { authorize } from "./access-token";
import { DEFAULT_MOUNT_PREFIX, KARD_SANDBOX } from "./config";
import type { SandboxContext } from "./context";
import { runControl } from "./control";
import { errorObject, errorResponse, KardApiError } from "./json-api";
import { Notifier } from "./notifications";
import { matchRoute } from "./router";
import { createInitialState, type SandboxState } from "./state";

export { verifyWebviewToken, WebviewTokenError, type WebviewTokenClaims } from "./webview-token";
export { KARD_SANDBOX } from "./config";

export interface KardSandboxOptions {
  /** The sandbox clock (default: the system clock). */
  now?: () => Date;
  /** POSTs notification webhooks to subscribed URLs (default: global fetch). */
  deliver?: FetchFn;
  /**
   * Absolute URL under which this simulator is reachable, used for the URLs it hands out
   * (downloadUrl, upload URLs, assets). Default: the request's origin + the `x-forwarded-prefix`
   * header, or + `/sandbox/kard` (where the console mounts it).
   */
  publicBaseUrl?: string;
  /** Per-attempt webhook delivery timeout (default 5 s). */
  webhookTimeoutMs?: number;
}

/**
 * The Kard rewards API simulator: the 21 documented operations plus OAuth2 client credentials
 * (`POST /v2/auth/token`) and a WebView token endpoint, over one in-memory state seeded with the
 * two sandbox personas, 38 offers (one not yet started) and 59 locations. Transactions are matched synchronously
 * and notifications are signed and POSTed to the subscribed webhook URLs.
 * Credentials: client kard_sandbox_client / kard_sandbox_secret, organization org_sandbox,
 * issuer name sandbox, webhook key kard_sandbox_webhook_key.
 * Source: Kard seed (001_5de93aca2543b20e.txt), guides and operation pages;
 * shared/specs/kard-openapi.yaml.
 */
export function createKardSandbox(options: KardSandboxOptions = {}): Sandbox {
  let offsetMs = 0;
  const now = () => new Date((options.now?.() ?? new Date()).getTime() + offsetMs);
  let state: SandboxState = createInitialState(now());
  const notifier = new Notifier({
    state: () => state,
    deliver: options.deliver ?? ((input, init) => fetch(input, init)),
    webhookKey: KARD_SANDBOX.webhookKey,
    issuerId: KARD_SANDBOX.organizationId,
    issuerName: KARD_SANDBOX.issuerName,
    now,
    timeoutMs: options.webhookTimeoutMs,
  });

  function publicBase(url: URL, req: Request): string {
    if (options.publicBaseUrl) return options.publicBaseUrl.replace(/\/$/, "");
    const prefix = req.headers.get("x-forwarded-prefix") ?? DEFAULT_MOUNT_PREFIX;
    return `${url.origin}${prefix.replace(/\/$/, "")}`;
  }

  async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const match = matchRoute(req.method, url.pathname);
    if (!match) return errorResponse(404, [errorObject(404, `No route for ${req.method} ${url.pathname}.`)]);
    if ("allowed" in match) {
      return errorResponse(405, [errorObject(405, `${req.method} is not allowed here.`)], { allow: match.allowed.join(", ") });
    }
    const ctx: SandboxContext = {
      state,
      notifier,
      now: now(),
      req,
      url,
      publicBase: publicBase(url, req),
      params: match.params,
      organizationId: match.params.organizationId ?? KARD_SANDBOX.organizationId,
    };
    try {
      if (match.route.auth) await authorize(req.headers.get("authorization"), ctx.organizationId, ctx.now);
      return await match.route.handler(ctx);
    } catch (error) {
      if (error instanceof KardApiError) return errorResponse(error.status, [error.toObject()], error.headers);
      logger.error({ err: error, path: url.pathname }, "kard sandbox handler failed");
      return errorResponse(500, [errorObject(500, "The sandbox failed to process the request.")]);
    }
  }

  function reset(): void {
    offsetMs = 0;
    state = createInitialState(now());
  }

  return {
    handle,
    reset,
    control: (action, body) =>
      runControl(
        { state: () => state, notifier: () => notifier, now, advanceClock: (ms) => (offsetMs += ms), reset },
        action,
        body,
      ),
  };
}
