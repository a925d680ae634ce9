import { timingSafeEqual } from "node:crypto";
import { mintAccessToken } from "../access-token";
import { KARD_SANDBOX } from "../config";
import { errorObject, errorResponse, json } from "../json-api";

/**
 * POST /v2/auth/token — OAuth2 client credentials.
 * Request: `Authorization: Basic base64(client_id:client_secret)`, `Content-Type:
 * application/x-www-form-urlencoded`, body `grant_type=client_credentials`, optional
 * `X-Kard-Target-Issuer` (beta) to lock the token to one issuer.
 * 200 `{access_token, token_type:"Bearer", expires_in:3600}`; 400 missing Authorization or bad
 * grant_type; 401 invalid credentials (or an issuer this client does not manage); 404 unknown
 * client. Error bodies use the JSON:API error format of the rest of the API.
 * Source: Kard seed, "Authentication" → "Kard Authentication API v2", "Multi-Issuer
 * Authentication (Beta)", "Response Examples".
 */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function fail(status: number, detail: string, source: { header?: string; pointer?: string }) {
  return errorResponse(status, [errorObject(status, detail, source)], { "cache-control": "no-store" });
}

export async function issueToken(req: Request, now: Date): Promise<Response> {
  const header = req.headers.get("authorization");
  const basic = header ? /^Basic\s+([A-Za-z0-9+/=_-]+)$/i.exec(header.trim()) : null;
  if (!basic) return fail(400, "Missing Authorization header: expected 'Basic base64(client_id:client_secret)'.", { header: "Authorization" });
  const decoded = Buffer.from(basic[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 1) return fail(400, "The Basic credentials must be base64(client_id:client_secret).", { header: "Authorization" });
  const clientId = decoded.slice(0, colon);
  const clientSecret = decoded.slice(colon + 1);

  const contentType = req.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    return fail(400, "Content-Type must be application/x-www-form-urlencoded.", { header: "Content-Type" });
  }
  const form = new URLSearchParams(await req.text());
  if (form.get("grant_type") !== "client_credentials") {
    return fail(400, "grant_type must be client_credentials.", { pointer: "/grant_type" });
  }
  if (clientId !== KARD_SANDBOX.clientId) return fail(404, `Client '${clientId}' was not found.`, { header: "Authorization" });
  if (!sameSecret(clientSecret, KARD_SANDBOX.clientSecret)) return fail(401, "Invalid client credentials.", { header: "Authorization" });

  const target = req.headers.get("x-kard-target-issuer")?.trim();
  if (target && target !== KARD_SANDBOX.organizationId) {
    return fail(401, `This client is not authorized for issuer '${target}'.`, { header: "X-Kard-Target-Issuer" });
  }
  const { token, expiresIn } = await mintAccessToken({ clientId, organizationId: KARD_SANDBOX.organizationId, issuedAt: now });
  return json(200, { access_token: token, token_type: "Bearer", expires_in: expiresIn }, { "cache-control": "no-store" });
}
