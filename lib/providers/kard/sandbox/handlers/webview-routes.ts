import type { Handler } from "../router";
import { webviewCta } from "./webview-cta";
import { webviewNearby } from "./webview-nearby";
import { webviewPage } from "./webview-page";

/**
 * The sandbox WebView's URLs, relative to the Kard sandbox mount. None takes an OAuth access
 * token: the page authenticates its `token` query parameter, the other two the same WebView
 * token as Bearer.
 */
export const WEBVIEW_ROUTES: [method: string, path: string, handler: Handler][] = [
  ["GET", "/webview", webviewPage],
  ["GET", "/webview/nearby", webviewNearby],
  ["POST", "/webview/cta", webviewCta],
];
