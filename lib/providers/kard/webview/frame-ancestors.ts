import { appOrigin, withLoopbackAliases } from "@/lib/app-origin";
import { logger } from "@/lib/log";

/**
 * Who may embed the sandbox WebView: the console's own origin (with its loopback aliases: a
 * console at http://localhost:3000 is also opened as http://127.0.0.1:3000), plus the merchant's app origins
 * listed in KARD_WEBVIEW_FRAME_ANCESTORS (separated by spaces or commas), e.g.
 * `https://app.example.com capacitor://localhost`. The list becomes the page's CSP
 * `frame-ancestors` and is also the set of parent origins the page exchanges messages with.
 * Entries that are not `scheme://host[:port]` are skipped with a warning: a path, wildcard or
 * quote would widen or break the policy.
 * The guide does not say how Kard's hosted WebView restricts framing; this is the sandbox's policy.
 */
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

export function parseFrameAncestors(raw: string | undefined): string[] {
  const out: string[] = [];
  for (const entry of (raw ?? "").split(/[\s,]+/).filter(Boolean)) {
    const origin = entry.replace(/\/$/, "");
    if (ORIGIN.test(origin)) out.push(origin.toLowerCase());
    else logger.warn({ entry }, "KARD_WEBVIEW_FRAME_ANCESTORS: ignoring an entry that is not scheme://host[:port]");
  }
  return out;
}

/**
 * The console origin and its loopback aliases first, then the configured extra origins, without
 * duplicates. An IPv6 literal (`http://[::1]:3000`) is left out: CSP host-sources cannot express
 * one (Chromium ignores it with a console error), so a console opened at [::1] cannot frame it.
 */
export function webviewFrameAncestors(env: Record<string, string | undefined> = process.env): string[] {
  const own = withLoopbackAliases(appOrigin()).filter((origin) => !new URL(origin).hostname.startsWith("["));
  return [...new Set([...own, ...parseFrameAncestors(env.KARD_WEBVIEW_FRAME_ANCESTORS)])];
}
