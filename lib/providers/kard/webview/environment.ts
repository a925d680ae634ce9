import { encodeTheme, isEmptyTheme, type WebviewTheme } from "./theme";

/**
 * Where the Rewards WebView is served and how its URL is built: `<base>?token=<JWT>&theme=<base64url>`.
 * The token is percent-encoded (a JWT is URL-safe, but the guide's native examples encode it);
 * the theme needs no encoding (base64url) and is left out when there are no overrides.
 * Source: Kard seed, "WebView" › "Environment URLs", "Query Parameters" and the platform examples.
 */
export const KARD_WEBVIEW_URLS = {
  test: "https://webview-test-us-east-1.getkard.com/",
  production: "https://webview-prod-us-east-1.getkard.com/",
} as const;

/** Path of the sandbox WebView under the console origin (the Kard sandbox mount + `/webview`). */
export const SANDBOX_WEBVIEW_PATH = "/sandbox/kard/webview";

export function webviewUrl(base: string, opts: { token: string; theme?: WebviewTheme }): string {
  const url = `${base}?token=${encodeURIComponent(opts.token)}`;
  return opts.theme && !isEmptyTheme(opts.theme) ? `${url}&theme=${encodeTheme(opts.theme)}` : url;
}
