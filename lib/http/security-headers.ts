import { appOrigin, withLoopbackAliases } from "@/lib/app-origin";

/**
 * The Content-Security-Policy of console pages, after Next's documented nonce pattern (the proxy
 * makes a nonce per request and sets this header on the request, so Next puts the nonce on its
 * own scripts, and on the response): scripts only from this origin with the nonce
 * ('strict-dynamic' lets them load the chunks they need); styles from this origin and inline
 * (component libraries set style attributes, which nonces do not cover); images also from https
 * (provider logos); frames from this origin, the console's configured origin and its loopback
 * aliases (the Kard WebView preview is served from APP_URL, also when the console is opened as
 * 127.0.0.1), and https; nothing may frame the console. The sandbox's Kard WebView page sends its own policy.
 * Source: issue 11, finding 9.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, https = false }: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src 'self' ${consoleFrameSources().join(" ")} https:`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** APP_URL and its loopback aliases; CSP cannot name an IPv6 literal, so `[::1]` is left out. */
function consoleFrameSources(): string[] {
  return withLoopbackAliases(appOrigin()).filter((origin) => !origin.includes("["));
}

/** HSTS for responses that reached a trusted proxy over HTTPS (two years, subdomains too). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
