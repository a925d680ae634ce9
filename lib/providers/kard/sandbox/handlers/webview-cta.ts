import { z } from "zod";
import type { SandboxContext } from "../context";
import { authenticateWebview, bearerToken, WebviewAuthError } from "./webview-auth";
import { runOfferAction, WebviewDataError } from "./webview-data";
import { offerCard } from "./webview-offers";

/**
 * POST /webview/cta `{url, method}` with `Authorization: Bearer <WebView token>` — the sandbox
 * WebView's call-to-action: it forwards the offer's `cta.action` exactly as the API gave it
 * (the guide: "Use cta.action exactly as provided") and runs it for the token's user. Only an
 * Activate or Boost Offer URL of that same user and organization with method POST is accepted.
 * Answers `{html}`: the offer card re-rendered from the response's `included` offer (Step 4a:
 * "use the updated offer from included to immediately refresh your UI"). 401/400/4xx `{error}`.
 * Source: Kard seed, "Extended API Integration" › "Step 4a", "Best Practices".
 */
const bodySchema = z.object({ url: z.string(), method: z.string() });
const ACTION_PATH = /^\/v2\/issuers\/([^/]+)\/users\/([^/]+)\/offers\/([^/]+)\/(activate|boost)$/;

export async function webviewCta(ctx: SandboxContext): Promise<Response> {
  const fail = (status: number, error: string) => Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
  let session;
  try {
    session = await authenticateWebview(bearerToken(ctx.req), ctx.now);
  } catch (error) {
    if (error instanceof WebviewAuthError) return fail(401, error.message);
    throw error;
  }
  const body = bodySchema.safeParse(await ctx.req.json().catch(() => null));
  if (!body.success) return fail(400, "Send the offer's cta.action as {url, method}.");
  const match = ACTION_PATH.exec(body.data.url);
  if (!match || body.data.method.toUpperCase() !== "POST") return fail(400, "This is not an activate or boost action.");
  const [, organizationId, userId, offerId, verb] = match.map((part) => decodeURIComponent(part));
  if (organizationId !== session.organizationId || userId !== session.userId) return fail(403, "The action belongs to another user.");
  try {
    const offer = await runOfferAction(ctx, session, offerId, verb as "activate" | "boost");
    return Response.json({ html: offerCard(offer).value }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof WebviewDataError) return fail(error.status, "The offer could not be updated. Refresh and try again.");
    throw error;
  }
}
