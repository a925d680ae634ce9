import type { SandboxContext } from "../context";
import { webviewFrameAncestors } from "@/lib/providers/kard/webview/frame-ancestors";
import { decodeTheme, resolveTheme, ThemeDecodeError, type WebviewTheme } from "@/lib/providers/kard/webview/theme";
import { authenticateWebview, WebviewAuthError } from "./webview-auth";
import { loadOffers, loadRewards, WebviewDataError } from "./webview-data";
import { webviewDocument, webviewErrorDocument } from "./webview-document";

/**
 * GET /webview?token=<JWT>[&theme=<base64url>] — the sandbox's stand-in for Kard's hosted Rewards
 * WebView (https://webview-test-us-east-1.getkard.com/?token=…&theme=…).
 * - 200: the rewards, offers and nearby-offers pages for the token's user (`sub`), themed.
 * - 401 page: token missing, expired, badly signed, or `issuer_id` of another organization.
 * - 400 page: a theme that is not base64url UTF-8 JSON of the documented shape (each invalid
 *   member listed; the guide does not say what Kard does with one — the sandbox refuses it so
 *   the mistake shows).
 * - 404 page: the user is not (or no longer) enrolled.
 * Every answer carries `Content-Security-Policy: … frame-ancestors <console origin> <extra>`
 * (see frame-ancestors.ts), a per-response script/style nonce, `Referrer-Policy: no-referrer`
 * (the URL holds the token) and `Cache-Control: no-store`.
 * Source: Kard seed, "WebView" › "Environment URLs", "Query Parameters".
 */
function headers(nonce: string, ancestors: string[]): HeadersInit {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors.join(" ")}`,
  ].join("; ");
  return {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": csp,
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
}

export async function webviewPage(ctx: SandboxContext): Promise<Response> {
  const nonce = crypto.randomUUID().replace(/-/g, "");
  const ancestors = webviewFrameAncestors();
  const page = (status: number, body: string) => new Response(body, { status, headers: headers(nonce, ancestors) });
  const fail = (status: number, title: string, message: string, details?: string[]) => page(status, webviewErrorDocument({ title, message, details, nonce }));

  let session;
  try {
    session = await authenticateWebview(ctx.url.searchParams.get("token"), ctx.now);
  } catch (error) {
    if (error instanceof WebviewAuthError) return fail(401, "This rewards link cannot be opened", error.message);
    throw error;
  }

  let overrides: WebviewTheme = {};
  const themeParam = ctx.url.searchParams.get("theme");
  if (themeParam) {
    try {
      overrides = decodeTheme(themeParam);
    } catch (error) {
      if (error instanceof ThemeDecodeError) {
        return fail(400, "The theme parameter is invalid", "Fix the theme overrides, or leave the parameter out for Kard's defaults.", error.issues.length > 0 ? error.issues : [error.message]);
      }
      throw error;
    }
  }
  const theme = resolveTheme(overrides);

  try {
    const [{ offers, categories }, rewards] = await Promise.all([loadOffers(ctx, session), loadRewards(ctx, session)]);
    return page(
      200,
      webviewDocument({
        theme,
        offers,
        categories,
        rewards,
        nonce,
        runtime: {
          token: ctx.url.searchParams.get("token") ?? "",
          allowedParents: ancestors,
          nearbyUrl: `${ctx.publicBase}/webview/nearby`,
          ctaUrl: `${ctx.publicBase}/webview/cta`,
          requestOnLoad: theme.layout.showMap,
        },
      }),
    );
  } catch (error) {
    if (error instanceof WebviewDataError && error.status === 404) {
      return fail(404, "Rewards are not available", `User ${session.userId} is not enrolled in rewards.`);
    }
    throw error;
  }
}
