import { KARD_SANDBOX } from "../config";
import { verifyWebviewToken, WebviewTokenError } from "../webview-token";

/**
 * How the sandbox WebView authenticates its `token` parameter (and the Bearer token of its own
 * background requests): an HS256 signature by the sandbox, not expired, and `issuer_id` equal to
 * this sandbox's organization. `sub` is the user the WebView shows.
 * Source: Kard seed, "WebView" › "Query Parameters" › `token` (claims `sub`, `issuer_id`).
 */
export type WebviewAuthFailure = "missing" | "expired" | "invalid" | "wrong-issuer";

const MESSAGES: Record<WebviewAuthFailure, string> = {
  missing: "The token parameter is missing. Open the WebView with ?token=<WebView token>.",
  expired: "The WebView token has expired. Request a new token for this user.",
  invalid: "The WebView token is invalid (bad signature or malformed).",
  "wrong-issuer": "The WebView token was issued for another organization.",
};

export class WebviewAuthError extends Error {
  constructor(readonly reason: WebviewAuthFailure) {
    super(MESSAGES[reason]);
    this.name = "WebviewAuthError";
  }
}

export interface WebviewSession {
  userId: string;
  organizationId: string;
  expiresAt: Date;
}

/** @throws WebviewAuthError */
export async function authenticateWebview(token: string | null | undefined, now: Date): Promise<WebviewSession> {
  if (!token) throw new WebviewAuthError("missing");
  let claims;
  try {
    claims = await verifyWebviewToken(token, { now });
  } catch (error) {
    if (error instanceof WebviewTokenError) throw new WebviewAuthError(error.reason);
    throw error;
  }
  if (claims.organizationId !== KARD_SANDBOX.organizationId) throw new WebviewAuthError("wrong-issuer");
  return claims;
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "");
  return match ? match[1] : null;
}
