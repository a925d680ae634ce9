import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { SANDBOX_SIGNING_KEYS, WEBVIEW_TOKEN_TTL_SECONDS } from "./config";
import { newUuid } from "./ids";

/**
 * WebView tokens: HS256 JWTs with the two claims the WebView guide requires — `sub` (the
 * user id) and `issuer_id` (the organization id) — plus `iat`, `exp` and `jti`, signed with a
 * sandbox-internal key. The REST "Get WebView Token" page is missing from the documentation;
 * the sandbox serves it as POST /v2/issuers/{organizationId}/users/{userId}/webview-token.
 * Source: Kard seed, "WebView" → "Query Parameters" (`token`), "Fetching a WebView JWT Token".
 */
const key = new TextEncoder().encode(SANDBOX_SIGNING_KEYS.webviewToken);

export interface WebviewTokenClaims {
  userId: string;
  organizationId: string;
  expiresAt: Date;
}

export async function mintWebviewToken(opts: { userId: string; organizationId: string; issuedAt: Date }) {
  const iat = Math.floor(opts.issuedAt.getTime() / 1000);
  const token = await new SignJWT({ issuer_id: opts.organizationId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(opts.userId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + WEBVIEW_TOKEN_TTL_SECONDS)
    .setJti(newUuid())
    .sign(key);
  return { token, expiresIn: WEBVIEW_TOKEN_TTL_SECONDS };
}

export class WebviewTokenError extends Error {
  constructor(readonly reason: "expired" | "invalid") {
    super(reason === "expired" ? "The WebView token has expired." : "The WebView token is invalid.");
    this.name = "WebviewTokenError";
  }
}

/**
 * Verifies a token minted by this sandbox and returns its user and organization.
 * Throws WebviewTokenError("expired" | "invalid").
 */
export async function verifyWebviewToken(token: string, opts: { now?: Date } = {}): Promise<WebviewTokenClaims> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: ["HS256"], currentDate: opts.now }));
  } catch (error) {
    throw new WebviewTokenError(error instanceof joseErrors.JWTExpired ? "expired" : "invalid");
  }
  if (typeof payload.sub !== "string" || typeof payload.issuer_id !== "string" || typeof payload.exp !== "number") {
    throw new WebviewTokenError("invalid");
  }
  return { userId: payload.sub, organizationId: payload.issuer_id, expiresAt: new Date(payload.exp * 1000) };
}
