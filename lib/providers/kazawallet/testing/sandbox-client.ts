import type { FetchFn } from "@/lib/providers/http";
import type { Sandbox } from "@/lib/sandbox/types";
import { createKazawalletClient, type KazawalletClientConfig } from "../client";
import { createKazawalletSandbox, KAZAWALLET_SANDBOX } from "../sandbox";

export const SANDBOX_BASE_URL = "http://console.test/sandbox/kazawallet";

/** One request as it left the client: method, path and query relative to the base URL, headers, JSON body. */
export interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Tests: a fresh simulator (webhooks captured, not sent) and a client over it through an
 * injected fetch that records every request. `credentials` overrides the documented sandbox ones.
 */
export function sandboxClient(credentials: Partial<KazawalletClientConfig> = {}) {
  const webhooks: unknown[] = [];
  const deliver: FetchFn = async (_url, init) => {
    webhooks.push(JSON.parse(String(init?.body)));
    return new Response("{}", { status: 200 });
  };
  const sandbox: Sandbox = createKazawalletSandbox({ deliver, webhookUrl: "http://console.test/api/webhooks/kazawallet?token=t" });
  const sent: SentRequest[] = [];
  const fetch: FetchFn = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.clone().text();
    sent.push({
      method: request.method,
      path: url.pathname.replace("/sandbox/kazawallet", "") + url.search,
      headers: Object.fromEntries(request.headers),
      body: text ? JSON.parse(text) : undefined,
    });
    url.pathname = url.pathname.replace("/sandbox/kazawallet", "");
    return sandbox.handle(new Request(url, request));
  };
  const client = createKazawalletClient({ baseUrl: SANDBOX_BASE_URL, ...KAZAWALLET_SANDBOX, ...credentials }, fetch);
  const control = async <T>(action: string, body: unknown = {}): Promise<T> => (await (await sandbox.control!(action, body)).json()) as T;
  return { client, sandbox, sent, webhooks, control };
}
