import { describe, expect, it } from "vitest";
import { KARD_WEBVIEW_URLS, webviewUrl } from "./environment";
import { decodeTheme } from "./theme";

describe("webviewUrl", () => {
  it("builds <base>?token=…&theme=… as the guide's examples do", () => {
    const url = new URL(webviewUrl(KARD_WEBVIEW_URLS.test, { token: "a.b.c", theme: { labels: { offersTitle: "Offres spéciales" } } }));
    expect(url.origin + url.pathname).toBe("https://webview-test-us-east-1.getkard.com/");
    expect(url.searchParams.get("token")).toBe("a.b.c");
    expect(decodeTheme(url.searchParams.get("theme")!)).toEqual({ labels: { offersTitle: "Offres spéciales" } });
  });

  it("leaves the theme out when there are no overrides", () => {
    expect(webviewUrl("/sandbox/kard/webview", { token: "t", theme: { styles: {} } })).toBe("/sandbox/kard/webview?token=t");
  });
});
