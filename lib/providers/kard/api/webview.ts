import { type KardTransport, segment } from "../transport";
import { webviewTokenResponseSchema } from "../schemas/auth";

/** The Rewards WebView's user token. */
export function webviewApi(transport: KardTransport) {
  return {
    /**
     * A JWT for the Rewards WebView's `token` query parameter (claims `sub` = userId,
     * `issuer_id` = organizationId): `POST …/users/{userId}/webview-token`, no body →
     * `{data:{type:"webviewToken", id, attributes:{token, expiresIn}}}` (`expiresIn` seconds).
     * The page of this endpoint is missing from the documentation: path and shape are the
     * team's design, see docs/providers/kard.md.
     * Source: guide "WebView" › "Fetching a WebView JWT Token". @throws ProviderError (404 unknown user).
     */
    async getWebviewToken(userId: string) {
      return transport.call({
        endpoint: "getWebviewToken",
        method: "POST",
        path: `/users/${segment(userId)}/webview-token`,
        response: webviewTokenResponseSchema,
      });
    },
  };
}
