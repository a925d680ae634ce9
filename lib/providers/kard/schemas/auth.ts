import { z } from "zod";

/**
 * `POST /v2/auth/token` answer: `{access_token, token_type:"Bearer", expires_in}` with
 * `expires_in` in seconds (3600 in the guide). `token_type` is compared case-insensitively
 * (RFC 6749 §7.1).
 * Source: guide "Authentication" › "Kard Authentication API v2", "Response Examples".
 */
export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i, "token_type must be Bearer"),
  expires_in: z.number().positive(),
});

/**
 * OAuth2 error body (RFC 6749 §5.2). The guide lists the token endpoint's statuses (400, 401,
 * 404, 500) but not its error body, so both this and the JSON:API shape are understood.
 */
export const oauthErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

/**
 * Get WebView Token answer. The page is missing from the documentation; this is the team's
 * design (see docs/providers/kard.md): `{data:{type:"webviewToken", id,
 * attributes:{token, expiresIn}}}`, `token` a JWT with claims `sub` (user ID) and `issuer_id`
 * (organization ID), `expiresIn` in seconds.
 * Source: guide "WebView" › "Fetching a WebView JWT Token" (claims), team design (shape).
 */
export const webviewTokenResponseSchema = z.object({
  data: z.object({
    type: z.literal("webviewToken"),
    id: z.string(),
    attributes: z.object({ token: z.string().min(1), expiresIn: z.number().positive() }),
  }),
});
