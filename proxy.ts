import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends signed-out visitors of console pages to the sign-in page. This is a convenience only:
 * every page, server action and data route checks the session and permission itself.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  if (request.nextUrl.pathname !== "/") login.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but sign-in, auth, webhooks, the sandboxes, health and static assets.
  matcher: ["/((?!login|forbidden|api/|sandbox/|_next/|favicon|.*\\.(?:svg|png|ico|css|js|woff2?)$).*)"],
};
