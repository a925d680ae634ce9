import { afterEach, describe, expect, it } from "vitest";
import { parseFrameAncestors, webviewFrameAncestors } from "./frame-ancestors";

describe("frame ancestors of the sandbox WebView", () => {
  afterEach(() => {
    delete process.env.APP_URL;
  });

  it("is the console origin alone by default", () => {
    process.env.APP_URL = "https://console.example.com/";
    expect(webviewFrameAncestors({})).toEqual(["https://console.example.com"]);
  });

  it("adds the merchant's app origins and skips entries that would widen the policy", () => {
    process.env.APP_URL = "http://localhost:3100";
    const env = { KARD_WEBVIEW_FRAME_ANCESTORS: "https://app.example.com, capacitor://localhost http://localhost:3100 * https://evil.example.com/path 'self' https://x.example.com;script-src" };
    expect(webviewFrameAncestors(env)).toEqual(["http://localhost:3100", "https://app.example.com", "capacitor://localhost"]);
    expect(parseFrameAncestors("https://Shop.Example.com:8443/")).toEqual(["https://shop.example.com:8443"]);
  });
});
