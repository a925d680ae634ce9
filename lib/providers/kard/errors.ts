import { z } from "zod";
import type { ParsedProviderError } from "@/lib/providers/http";
import { oauthErrorSchema } from "./schemas/auth";

/**
 * Error bodies are read leniently: a body that names its errors is turned into a ProviderError
 * with the provider's words even when a member the spec marks required is missing.
 */
const lenientErrorBodySchema = z.object({
  errors: z
    .array(
      z.object({
        status: z.union([z.string(), z.number()]).optional(),
        code: z.string().optional(),
        title: z.string().optional(),
        detail: z.string().optional(),
        source: z.record(z.string(), z.unknown()).optional(),
        id: z.string().optional(),
      }),
    )
    .min(1),
});

/**
 * Maps a Kard JSON:API error body `{errors:[{status, code?, title, detail, source?, id?}]}` to
 * ProviderError terms: `code` is the first error's `code` (not in the spec, standard JSON:API)
 * or `HTTP_<status>`; `message` joins each error's `title: detail`; `details` keeps the errors.
 * Source: `commons.ErrorResponse`; kard-endpoints.md "Error format".
 */
export function parseKardError(httpStatus: number, body: unknown): ParsedProviderError | undefined {
  const parsed = lenientErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const errors = parsed.data.errors;
  const message = errors
    .map((error) => [error.title, error.detail].filter(Boolean).join(": "))
    .filter(Boolean)
    .join("; ");
  return {
    code: errors[0].code ?? `HTTP_${httpStatus}`,
    message: message || `Kard answered ${httpStatus}`,
    details: errors,
  };
}

/**
 * The token endpoint's error body is not documented: the JSON:API shape and the OAuth2 one
 * (`{error, error_description}`, RFC 6749 §5.2) are both understood.
 * Source: guide "Authentication" › "Response Examples" (statuses only).
 */
export function parseKardAuthError(httpStatus: number, body: unknown): ParsedProviderError | undefined {
  const jsonApi = parseKardError(httpStatus, body);
  if (jsonApi) return jsonApi;
  const oauth = oauthErrorSchema.safeParse(body);
  if (!oauth.success) return undefined;
  return { code: oauth.data.error, message: oauth.data.error_description ?? oauth.data.error, details: oauth.data };
}
