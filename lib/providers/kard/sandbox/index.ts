import { appOrigin } from "@/lib/app-origin";
import type { FetchFn } from "@/lib/providers/http";
import { logger } from "@/lib/log";
import { sandboxRouter } from "@/lib/sandbox/router";
import { decodeState, encodeState, type JsonValue } from "@/lib/sandbox/state-codec";
import type { Sandbox } from "@/lib/sandbox/types";
import { buildCatalog } from "./catalog";
import { CONSOLE_RECEIVER_PATH, DEFAULT_MOUNT_PREFIX, KARD_SANDBOX } from "./config";
import type { KardSandboxEnv } from "./context";
import { runControl } from "./control";
import { errorObject, errorResponse } from "./json-api";
import { Notifier } from "./notifications";
import { KARD_ROUTES } from "./routes";
import { createInitialState, type SandboxState } from "./state";

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
  /**
   * The webhook URL every notification type starts subscribed to, at creation and after each
   * reset. Default: the console's own receiver, `${appOrigin()}/api/webhooks/kard`, read at each
   * (re)seed, so a new sandbox console receives Kard's notifications without a manual step.
   * `null` starts without subscriptions, as a new issuer does at Kard.
   */
  subscribedWebhookUrl?: string | null;
}

/** Answers for paths no route takes, in the JSON:API error format. */
const FALLBACKS = {
  notFound: (req: Request, url: URL) => errorResponse(404, [errorObject(404, `No route for ${req.method} ${url.pathname}.`)]),
  methodNotAllowed: (req: Request, _url: URL, allowed: string[]) =>
    errorResponse(405, [errorObject(405, `${req.method} is not allowed here.`)], { allow: allowed.join(", ") }),
};

/**
 * The Kard rewards API simulator: the 21 documented operations plus OAuth2 client credentials
 * (`POST /v2/auth/token`) and a WebView token endpoint, over one in-memory state seeded with the
 * two sandbox personas, 38 offers (one not yet started), 59 locations and (see
 * `subscribedWebhookUrl`) a subscription per notification type. Transactions are matched
 * synchronously and notifications are signed and POSTed to the subscribed webhook URLs.
 * Routes are declared with the shared sandboxRouter (routes.ts); refusals are SandboxRefusals
 * carrying the JSON:API error response; an unexpected failure answers 500 in the same format.
 * Credentials: client kard_sandbox_client / kard_sandbox_secret, organization org_sandbox,
 * issuer name sandbox, webhook key kard_sandbox_webhook_key.
 * Source: Kard seed (001_5de93aca2543b20e.txt), guides and operation pages; kard-openapi.yaml.
 */
export function createKardSandbox(options: KardSandboxOptions = {}): Sandbox {
  let offsetMs = 0;
  const now = () => new Date((options.now?.() ?? new Date()).getTime() + offsetMs);
  const seed = (): SandboxState => {
    const webhookUrl = options.subscribedWebhookUrl === undefined ? `${appOrigin()}${CONSOLE_RECEIVER_PATH}` : options.subscribedWebhookUrl;
    return createInitialState(now(), { subscribedWebhookUrl: webhookUrl ?? undefined });
  };
  let state = seed();
  const notifier = new Notifier({
    state: () => state,
    deliver: options.deliver ?? ((input, init) => fetch(input, init)),
    webhookKey: KARD_SANDBOX.webhookKey,
    issuerId: KARD_SANDBOX.organizationId,
    issuerName: KARD_SANDBOX.issuerName,
    now,
    timeoutMs: options.webhookTimeoutMs,
  });
  const router = sandboxRouter<KardSandboxEnv>(KARD_ROUTES, FALLBACKS);

  function publicBase(url: URL, req: Request): string {
    if (options.publicBaseUrl) return options.publicBaseUrl.replace(/\/$/, "");
    const prefix = req.headers.get("x-forwarded-prefix") ?? DEFAULT_MOUNT_PREFIX;
    return `${url.origin}${prefix.replace(/\/$/, "")}`;
  }

  async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    try {
      return await router.handle(req, { state, notifier, now: now(), publicBase: publicBase(url, req) });
    } catch (error) {
      logger.error({ err: error, path: url.pathname }, "kard sandbox handler failed");
      return errorResponse(500, [errorObject(500, "The sandbox failed to process the request.")]);
    }
  }

  function reset(): void {
    offsetMs = 0;
    state = seed();
  }

  return {
    handle,
    reset,
    // The offer catalogue is built from the state's creation date, so it is rebuilt, not stored.
    snapshot: () => ({ offsetMs, state: encodeState({ ...state, catalog: undefined }) }),
    restore(snapshot) {
      const saved = snapshot as { offsetMs: number; state: JsonValue };
      const restored = decodeState<Omit<SandboxState, "catalog">>(saved.state);
      offsetMs = saved.offsetMs;
      state = { ...restored, catalog: buildCatalog(restored.createdAt) };
    },
    control: (action, body) =>
      runControl(
        { state: () => state, notifier: () => notifier, now, advanceClock: (ms) => (offsetMs += ms), reset },
        action,
        body,
      ),
  };
}
