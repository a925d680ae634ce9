import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { ACCESS_TOKEN_TTL_SECONDS, SANDBOX_SCOPES, SANDBOX_SIGNING_KEYS } from "./config";
import { newUuid } from "./ids";
import { unauthorized } from "./json-api";

/**
 * Sandbox access tokens: HS256 JWTs, like the documented `access_token: "<JWT>"`, carrying the
 * organisation the token is locked to (`issuer_id`) and every documented scope.
 * Source: Kard seed, "Authentication" ("Kard Authentication API v2", "Multi-Issuer
 * Authentication (Beta)").
 */
const key = new TextEncoder().encode(SANDBOX_SIGNING_KEYS.accessToken);
const TOKEN_USE = "kard-sandbox-access";

export interface AccessTokenClaims {
  clientId: string;
  organizationId: string;
  expiresAt: Date;
}

export async function mintAccessToken(opts: {
  clientId: string;
  organizationId: string;
  issuedAt: Date;
  expiresInSeconds?: number;
}): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = opts.expiresInSeconds ?? ACCESS_TOKEN_TTL_SECONDS;
  const iat = Math.floor(opts.issuedAt.getTime() / 1000);
  const token = await new SignJWT({ issuer_id: opts.organizationId, scope: SANDBOX_SCOPES.join(" "), token_use: TOKEN_USE })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(opts.clientId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + expiresIn)
    .setJti(newUuid())
    .sign(key);
  return { token, expiresIn };
}

/**
 * Checks `Authorization: Bearer <token>` for `organizationId`.
 * Throws a SandboxRefusal 401 (missing header, malformed, bad signature, expired, or a token
 * locked to another organisation).
 */
export async function authorize(header: string | null, organizationId: string, now: Date): Promise<AccessTokenClaims> {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  if (!match) throw unauthorized("Missing or malformed Authorization header: expected 'Bearer <access_token>'.");
  let payload;
  try {
    ({ payload } = await jwtVerify(match[1], key, { algorithms: ["HS256"], currentDate: now }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthorized("The access token has expired. Request a new token.");
    throw unauthorized("The access token is invalid.");
  }
  if (payload.token_use !== TOKEN_USE || typeof payload.issuer_id !== "string" || typeof payload.sub !== "string") {
    throw unauthorized("The access token is invalid.");
  }
  if (payload.issuer_id !== organizationId) {
    throw unauthorized(`The access token is not valid for organization '${organizationId}'.`);
  }
  return { clientId: payload.sub, organizationId: payload.issuer_id, expiresAt: new Date((payload.exp ?? 0) * 1000) };
}
