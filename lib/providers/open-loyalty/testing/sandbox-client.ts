import { appOrigin } from "@/lib/app-origin";
import type { FetchFn } from "@/lib/providers/http";
import { sandboxFor } from "@/lib/sandbox/mount";
import { sandboxFetch } from "@/lib/sandbox/sandbox-fetch";
import { createOpenLoyaltyClient, type OpenLoyaltyClientConfig } from "../client";

/** Tests: what one request carried, as the sandbox received it. */
export interface SentRequest {
  url: string;
  headers: Headers;
  body: string;
}

/** The documented sandbox credentials (issue 10). */
export const SANDBOX_CONFIG: Omit<OpenLoyaltyClientConfig, "baseUrl"> = {
  clientId: "olp_sandbox_client",
  clientSecret: "olp_sandbox_secret",
  jwtToken: "olp_sandbox_jwt",
  loyaltyChannel: "FACTOR4",
};

/** Tests: a client over the mounted sandbox (`/sandbox/open-loyalty`, faults included) that records each request. */
export function sandboxClient(overrides: Partial<OpenLoyaltyClientConfig> = {}) {
  const sent: SentRequest[] = [];
  const fetch: FetchFn = async (input, init) => {
    const request = new Request(input, init);
    sent.push({ url: request.url, headers: request.headers, body: await request.clone().text() });
    return sandboxFetch(request);
  };
  const client = createOpenLoyaltyClient({ baseUrl: `${appOrigin()}/sandbox/open-loyalty`, ...SANDBOX_CONFIG, ...overrides }, fetch);
  return { client, sent };
}

/** Tests: a sandbox control action's JSON answer. */
export async function sandboxControl<T>(action: string, body: unknown = {}): Promise<T> {
  const res = await sandboxFor("open-loyalty")!.control!(action, body);
  return (await res.json()) as T;
}

/** Tests: a seeded card's balance and points as the sandbox holds them. */
export async function sandboxCard(accountId: string): Promise<{ balance: string; points: string; active: boolean }> {
  const { cards } = await sandboxControl<{ cards: { accountId: string; balance: string; points: string; active: boolean }[] }>("cards");
  return cards.find((c) => c.accountId === accountId)!;
}
