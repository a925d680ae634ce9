import { NextResponse, type NextRequest } from "next/server";
import { malformedPath } from "@/lib/http/path-encoding";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { malformedServerActionBody } from "@/lib/http/server-action-body";
import { forwardedOverHttps } from "@/lib/request-context";

/**
 * Runs before every request but static assets:
 * 1. refuses what Next would answer with a bare 500: a URL path that is not valid
 *    percent-encoding or holds control characters, and a server-action body React cannot
 *    decode (400 JSON with a message; issue 11, finding 10);
 * 2. gives console pages a nonce-based Content-Security-Policy (issue 11, finding 9) and every
 *    answer HSTS when it reached a trusted proxy over HTTPS (TRUSTED_PROXIES);
 * 3. sends signed-out visitors of console pages to the sign-in page. This is a convenience only:
 *    every page, server action and data route checks the session and permission itself.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Paths a signed-out visitor may open: sign-in, the forbidden page, data routes, webhooks and the sandboxes. */
const PUBLIC_PAGE = /^\/(?:login|forbidden)(?:\/|$)/;
const NOT_A_PAGE = /^\/(?:api|sandbox)(?:\/|$)/;

const badRequest = (message: string) => NextResponse.json({ error: { code: "BAD_REQUEST", message } }, { status: 400 });

export async function proxy(request: NextRequest) {
  const https = forwardedOverHttps(request.headers);
  const finish = (response: NextResponse) => {
    if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
    return response;
  };

  const { pathname } = request.nextUrl;
  const badPath = malformedPath(pathname);
  if (badPath) return finish(badRequest(badPath));
  if (request.method === "POST" && request.headers.has("next-action")) {
    const badBody = await malformedServerActionBody(request);
    if (badBody) return finish(badRequest(badBody));
  }
  if (NOT_A_PAGE.test(pathname)) return finish(NextResponse.next());

  if (!PUBLIC_PAGE.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("next", pathname);
    return finish(NextResponse.redirect(login));
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return finish(response);
}

export const config = {
  // Everything but Next's static assets and files served as they are.
  matcher: ["/((?!_next/static|_next/image|favicon|.*\\.(?:svg|png|ico|css|js|woff2?)$).*)"],
};
