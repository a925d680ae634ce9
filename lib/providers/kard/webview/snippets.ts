import { normalizeTheme, type WebviewTheme } from "./theme";

/**
 * Copyable integrations for the merchant: a web page embedding the WebView in an iframe, and a
 * React Native component. Both reproduce the guide's contract — `?token=…&theme=<base64url>`,
 * REQUEST_LOCATION answered with LOCATION_RESPONSE or ERROR — with three corrections to the
 * guide's examples: the theme is encoded from its UTF-8 bytes (the guide's `btoa(JSON…)` throws
 * on labels beyond Latin-1), messages are accepted only from the WebView's origin and window, and
 * replies go to that exact origin. The token comes from the merchant's own backend, which holds
 * the Kard client credentials (`users.auth.getWebViewToken(organizationId, userId)`).
 * Source: Kard seed, "WebView" › "Platform Integration Examples", "Location Message Passing Contract".
 */
export interface SnippetOptions {
  /** The WebView base URL, e.g. https://webview-test-us-east-1.getkard.com/ */
  webviewUrl: string;
  theme: WebviewTheme;
}

const TOKEN_ENDPOINT = "/api/kard/webview-token";

function themeLiteral(theme: WebviewTheme, indent: string): string {
  return JSON.stringify(normalizeTheme(theme), null, 2).replace(/\n/g, `\n${indent}`);
}

const ENCODER = `// RFC 4648 base64url (no padding) of the theme's UTF-8 bytes.
function encodeTheme(theme) {
  const bytes = new TextEncoder().encode(JSON.stringify(theme));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
}`;

export function iframeSnippet({ webviewUrl, theme }: SnippetOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Rewards</title>
  <style>html, body, iframe { margin: 0; border: 0; width: 100%; height: 100%; }</style>
</head>
<body>
  <iframe id="kard-rewards" title="Rewards"></iframe>
  <script type="module">
    const WEBVIEW_URL = ${JSON.stringify(webviewUrl)};
    const WEBVIEW_ORIGIN = new URL(WEBVIEW_URL).origin;
    const THEME = ${themeLiteral(theme, "    ")};

    ${ENCODER.replace(/\n/g, "\n    ")}

    const iframe = document.getElementById("kard-rewards");
    const reply = (message) => iframe.contentWindow?.postMessage(message, WEBVIEW_ORIGIN);

    window.addEventListener("message", (event) => {
      // Only the WebView's own origin and window may ask.
      if (event.origin !== WEBVIEW_ORIGIN || event.source !== iframe.contentWindow) return;
      const message = typeof event.data === "string" ? JSON.parse(event.data) : event.data;
      if (message?.type !== "REQUEST_LOCATION") return;
      navigator.geolocation.getCurrentPosition(
        (position) =>
          reply({
            type: "LOCATION_RESPONSE",
            payload: {
              ok: true,
              coords: {
                latitude: position.coords.latitude,
                longitude: position.coords.longitude,
                accuracy: position.coords.accuracy,
                altitude: position.coords.altitude,
                heading: position.coords.heading,
                speed: position.coords.speed,
              },
              timestamp: position.timestamp,
            },
          }),
        (error) => reply({ type: "ERROR", payload: { ok: false, error: error.message } }),
        { enableHighAccuracy: true },
      );
    });

    // Your backend returns {token} for the signed-in customer; it calls Kard with your client
    // credentials, which must never reach the browser.
    const { token } = await fetch(${JSON.stringify(TOKEN_ENDPOINT)}, { credentials: "include" }).then((r) => r.json());
    iframe.src = \`\${WEBVIEW_URL}?token=\${encodeURIComponent(token)}&theme=\${encodeTheme(THEME)}\`;
  </script>
</body>
</html>
`;
}

export function reactNativeSnippet({ webviewUrl, theme }: SnippetOptions): string {
  return `import { useCallback, useRef } from "react";
import * as Location from "expo-location";
import WebView, { type ShouldStartLoadRequest, type WebViewMessageEvent } from "react-native-webview";

const WEBVIEW_URL = ${JSON.stringify(webviewUrl)};
const ALLOWED_ORIGIN = new URL(WEBVIEW_URL).origin;
const THEME = ${themeLiteral(theme, "")};

${ENCODER.replace("function encodeTheme(theme)", "function encodeTheme(theme: object): string")}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** \`token\`: a WebView token your backend fetched from Kard for the signed-in customer. */
export function RewardsWebView({ token }: { token: string }) {
  const webviewRef = useRef<WebView>(null);
  const reply = (message: object) => webviewRef.current?.postMessage(JSON.stringify(message));

  const handleMessage = useCallback(async (event: WebViewMessageEvent) => {
    // Only the WebView's own pages may ask.
    if (originOf(event.nativeEvent.url) !== ALLOWED_ORIGIN) return;
    let message: { type?: string } | null = null;
    try {
      message = JSON.parse(event.nativeEvent.data);
    } catch {
      return;
    }
    if (message?.type !== "REQUEST_LOCATION") return;
    try {
      const { status } = await Location.requestForegroundPermissionsAsync();
      if (status !== "granted") {
        reply({ type: "ERROR", payload: { ok: false, error: "Location permission not granted" } });
        return;
      }
      const position = await Location.getCurrentPositionAsync({});
      reply({
        type: "LOCATION_RESPONSE",
        payload: {
          ok: true,
          coords: {
            latitude: position.coords.latitude,
            longitude: position.coords.longitude,
            accuracy: position.coords.accuracy,
            altitude: position.coords.altitude,
            heading: position.coords.heading,
            speed: position.coords.speed,
          },
          timestamp: position.timestamp,
        },
      });
    } catch (error) {
      reply({ type: "ERROR", payload: { ok: false, error: error instanceof Error ? error.message : "Location request failed" } });
    }
  }, []);

  const handleShouldStartLoadWithRequest = useCallback((request: ShouldStartLoadRequest) => originOf(request.url) === ALLOWED_ORIGIN, []);

  return (
    <WebView
      ref={webviewRef}
      source={{ uri: \`\${WEBVIEW_URL}?token=\${encodeURIComponent(token)}&theme=\${encodeTheme(THEME)}\` }}
      originWhitelist={[ALLOWED_ORIGIN]}
      onShouldStartLoadWithRequest={handleShouldStartLoadWithRequest}
      onMessage={handleMessage}
      javaScriptEnabled
    />
  );
}
`;
}
