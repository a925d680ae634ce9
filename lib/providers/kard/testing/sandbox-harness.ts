import type { FetchFn } from "@/lib/providers/http";
import { KARD_SANDBOX } from "../sandbox/config";
import { createKardSandbox } from "../sandbox";

/**
 * A Kard sandbox on a controllable clock whose webhook deliveries are captured, and helpers
 * that call its handler the way a client would (documented paths, Bearer token).
 */
export const TEST_NOW = new Date("2026-03-10T15:00:00.000Z");
export const PUBLIC_BASE = "http://console.test/sandbox/kard";
export const ORG = `/v2/issuers/${KARD_SANDBOX.organizationId}`;
export const WEBHOOK_URL = "https://issuer.test/kard/webhooks";

interface CapturedDelivery {
  url: string;
  headers: Headers;
  body: string;
}

export interface ApiResult {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export function basicAuth(id: string = KARD_SANDBOX.clientId, secret: string = KARD_SANDBOX.clientSecret): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
}

export function createHarness(opts: { now?: Date; webhookStatus?: number } = {}) {
  let clock = opts.now ?? TEST_NOW;
  const deliveries: CapturedDelivery[] = [];
  const deliver: FetchFn = async (input, init) => {
    deliveries.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
    return new Response("Thanks Kard!", { status: opts.webhookStatus ?? 200 });
  };
  const sandbox = createKardSandbox({ now: () => clock, deliver, publicBaseUrl: PUBLIC_BASE, subscribedWebhookUrl: null });
  let cachedToken: string | undefined;

  async function raw(method: string, path: string, init: { body?: unknown; headers?: Record<string, string>; rawBody?: BodyInit } = {}) {
    const headers = new Headers(init.headers);
    let body: BodyInit | undefined = init.rawBody;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
    return sandbox.handle(new Request(`http://console.test${path}`, { method, headers, body }));
  }

  async function read(response: Response): Promise<ApiResult> {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body, text };
  }

  async function token(): Promise<string> {
    if (cachedToken) return cachedToken;
    const response = await raw("POST", "/v2/auth/token", {
      headers: { authorization: basicAuth(), "content-type": "application/x-www-form-urlencoded" },
      rawBody: "grant_type=client_credentials",
    });
    const body = (await response.json()) as { access_token: string };
    cachedToken = body.access_token;
    return cachedToken;
  }

  /** Calls an authenticated operation; `token: null` sends no Authorization header. */
  async function api(method: string, path: string, init: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {}) {
    const bearer = init.token === undefined ? await token() : init.token;
    const headers = { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...init.headers };
    return read(await raw(method, path, { body: init.body, headers }));
  }

  async function control(action: string, body?: unknown) {
    // Moving the clock may expire the cached access token.
    if (action === "advance-clock") cachedToken = undefined;
    const response = await sandbox.control!(action, body);
    return (await response.json()) as Record<string, unknown>;
  }

  async function subscribe(eventNames: string[], webhookUrl: string = WEBHOOK_URL) {
    return api("POST", `${ORG}/subscriptions`, {
      body: { data: eventNames.map((eventName) => ({ type: "subscription", attributes: { eventName, webhookUrl, enabled: true } })) },
    });
  }

  return {
    sandbox,
    deliveries,
    raw,
    read,
    token,
    api,
    control,
    subscribe,
    setNow: (date: Date) => {
      clock = date;
      cachedToken = undefined;
    },
  };
}

export type Harness = ReturnType<typeof createHarness>;

/** An incoming `transaction` event for the given user/merchant/status, dated at `at`. */
export function cardTransaction(opts: {
  id: string;
  userId: string;
  description: string;
  status: "APPROVED" | "SETTLED" | "REVERSED" | "RETURNED" | "DECLINED";
  amount: number;
  at: Date;
  transactionId?: string;
  merchantId?: string;
  cardProductId?: string;
}) {
  const iso = opts.at.toISOString();
  const dates =
    opts.status === "APPROVED"
      ? { authorizationDate: iso }
      : opts.status === "SETTLED"
        ? { authorizationDate: iso, settledDate: iso }
        : { transactionDate: iso };
  return {
    type: "transaction",
    id: opts.id,
    attributes: {
      userId: opts.userId,
      amount: opts.amount,
      status: opts.status,
      currency: "USD",
      description: opts.description,
      cardBIN: "123456",
      cardLastFour: "4321",
      direction: "DEBIT",
      paymentType: "CARD",
      transactionId: opts.transactionId ?? opts.id,
      mcc: "5812",
      ...(opts.merchantId ? { merchant: { id: opts.merchantId, name: opts.description } } : {}),
      ...(opts.cardProductId ? { cardProductId: opts.cardProductId } : {}),
      ...dates,
    },
  };
}
