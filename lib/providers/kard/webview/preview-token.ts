import type { Actor } from "@/lib/audit/actor";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";

/**
 * A WebView token for the console's preview, fetched server-side with the merchant's Kard
 * client credentials (which never leave the server; only the short-lived token does).
 * Audited as `kard.webview.token` (REQUESTED, then SUCCEEDED or FAILED) with the user as target;
 * the token itself is never stored, only its lifetime.
 * @returns `{token, expiresAt}` — expiresAt (ISO 8601) is `expiresIn` seconds after the request was sent.
 * @throws ProviderError (e.g. HTTP_404 for a user Kard does not know).
 * Source: Kard seed, "WebView" › "Fetching a WebView JWT Token"; the endpoint is the team's design.
 */
export async function issuePreviewToken({ userId }: { userId: string }, actor: Actor): Promise<{ token: string; expiresAt: string }> {
  const requestedAt = Date.now();
  return auditedProviderCall(
    { actor, action: "kard.webview.token", provider: "kard", target: userId, request: { userId } },
    () => providerClient("kard").getWebviewToken(userId),
    {
      onSuccess: async (_tx, result) => ({
        token: result.data.attributes.token,
        expiresAt: new Date(requestedAt + result.data.attributes.expiresIn * 1000).toISOString(),
      }),
      responseSummary: (result) => ({ expiresIn: result.data.attributes.expiresIn }),
    },
  );
}
