import { describe, expect, it } from "vitest";
import { KARD_WEBVIEW_URLS } from "./environment";
import { iframeSnippet, reactNativeSnippet } from "./snippets";
import { encodeTheme, type WebviewTheme } from "./theme";

const theme: WebviewTheme = { theme: "dark", styles: { dark: { primary: "#4da6ff" } }, labels: { rewardsTitle: "Mes récompenses 🎁" }, layout: { showMap: false } };

/** Runs the snippet's own THEME constant through the snippet's own encoder. */
function encodedBySnippet(snippet: string): string {
  const themeSource = /const THEME = ([\s\S]*?);\n/.exec(snippet)![1];
  const encoder = /function encodeTheme\([^)]*\)[^{]*\{[\s\S]*?\n\s*\}/.exec(snippet)![0].replace(/\(theme: object\): string/, "(theme)");
  return new Function(`${encoder}\nreturn encodeTheme(${themeSource});`)();
}

describe.each([
  ["iframe page", iframeSnippet],
  ["React Native", reactNativeSnippet],
])("%s snippet", (_, snippet) => {
  const text = snippet({ webviewUrl: KARD_WEBVIEW_URLS.test, theme });

  it("encodes the current theme exactly as the console does, non-ASCII labels included", () => {
    expect(encodedBySnippet(text)).toBe(encodeTheme(theme));
  });

  it("loads the WebView URL with the token and theme parameters", () => {
    expect(text).toContain(`const WEBVIEW_URL = "${KARD_WEBVIEW_URLS.test}"`);
    expect(text).toContain("?token=${encodeURIComponent(token)}&theme=${encodeTheme(THEME)}");
  });

  it("answers REQUEST_LOCATION with LOCATION_RESPONSE or ERROR and never posts to '*'", () => {
    for (const part of ['"REQUEST_LOCATION"', 'type: "LOCATION_RESPONSE"', 'type: "ERROR"', "ok: true", "ok: false", "timestamp: position.timestamp"]) expect(text).toContain(part);
    expect(text).not.toMatch(/postMessage\([^)]*["']\*["']/);
  });
});

it("the iframe page checks origin and window, and replies to the exact origin", () => {
  const text = iframeSnippet({ webviewUrl: KARD_WEBVIEW_URLS.test, theme });
  expect(text).toContain("event.origin !== WEBVIEW_ORIGIN || event.source !== iframe.contentWindow");
  expect(text).toContain("postMessage(message, WEBVIEW_ORIGIN)");
});

it("the React Native component checks the page origin of each message and of each navigation", () => {
  const text = reactNativeSnippet({ webviewUrl: KARD_WEBVIEW_URLS.test, theme });
  expect(text).toContain("if (originOf(event.nativeEvent.url) !== ALLOWED_ORIGIN) return;");
  expect(text).toContain("originOf(request.url) === ALLOWED_ORIGIN");
  expect(text).toContain("webviewRef.current?.postMessage(JSON.stringify(message))");
});
