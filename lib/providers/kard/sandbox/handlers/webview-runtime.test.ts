import { describe, expect, it, vi } from "vitest";
import { webviewGuideJsonBlocks } from "@/lib/providers/kard/testing/documentation";
import { acceptsContainerMessage, channelFor, postToContainer, readContainerMessage, webviewScript, type RuntimeHelpers, type RuntimeWindow } from "./webview-runtime";

/**
 * The sandbox WebView's container handling, run twice: as imported, and as the page gets it —
 * serialised with toString and re-evaluated alone, which fails if a helper leans on anything
 * outside its own body.
 */
const CONSOLE = "http://console.test";
const imported: RuntimeHelpers = { channelFor, acceptsContainerMessage, readContainerMessage, postToContainer };
const serialised = new Function(`return ${/\{channelFor:[\s\S]*\}(?=\);$)/.exec(webviewScript({ token: "t", allowedParents: [], nearbyUrl: "", ctaUrl: "", requestOnLoad: true }))![0]};`)() as RuntimeHelpers;

function framed(opts: { ancestors?: string[]; referrer?: string } = {}) {
  const parent = { postMessage: vi.fn() };
  const win: RuntimeWindow = {
    parent,
    location: { origin: CONSOLE, ancestorOrigins: opts.ancestors },
    document: { referrer: opts.referrer ?? "" },
    postMessage: vi.fn(),
  };
  return { win, parent };
}

function topLevel(reactNative = false) {
  const win: RuntimeWindow = { parent: null, location: { origin: CONSOLE }, document: { referrer: "" }, postMessage: vi.fn() };
  win.parent = win;
  if (reactNative) win.ReactNativeWebView = { postMessage: vi.fn() };
  return win;
}

describe.each([
  ["imported", imported],
  ["serialised", serialised],
])("container helpers (%s)", (_, h) => {
  it("finds the embedding origin in ancestorOrigins, else in the referrer, and only among the allowed ones", () => {
    expect(h.channelFor(framed({ ancestors: [CONSOLE, "https://outer.example"] }).win, [CONSOLE])).toEqual({ kind: "iframe", parentOrigin: CONSOLE });
    expect(h.channelFor(framed({ referrer: `${CONSOLE}/kard/webview?x=1` }).win, [CONSOLE])).toEqual({ kind: "iframe", parentOrigin: CONSOLE });
    expect(h.channelFor(framed({ referrer: "https://evil.example/page" }).win, [CONSOLE])).toMatchObject({ kind: "none", reason: expect.stringContaining("https://evil.example is not an allowed") });
    expect(h.channelFor(framed().win, [CONSOLE])).toMatchObject({ kind: "none" });
    expect(h.channelFor(topLevel(), [CONSOLE])).toEqual({ kind: "native", origin: CONSOLE });
    expect(h.channelFor(topLevel(true), [CONSOLE])).toEqual({ kind: "react-native" });
  });

  it("ignores messages from a foreign origin or from another window", () => {
    const { win, parent } = framed({ ancestors: [CONSOLE] });
    const channel = h.channelFor(win, [CONSOLE]);
    expect(h.acceptsContainerMessage({ origin: CONSOLE, source: parent }, channel, win)).toBe(true);
    expect(h.acceptsContainerMessage({ origin: "https://evil.example", source: parent }, channel, win)).toBe(false);
    expect(h.acceptsContainerMessage({ origin: CONSOLE, source: {} }, channel, win)).toBe(false);
    expect(h.acceptsContainerMessage({ origin: CONSOLE, source: parent }, { kind: "none", reason: "" }, win)).toBe(false);

    const native = topLevel();
    const nativeChannel = h.channelFor(native, [CONSOLE]);
    expect(h.acceptsContainerMessage({ origin: CONSOLE, source: native }, nativeChannel, native)).toBe(true);
    expect(h.acceptsContainerMessage({ origin: "https://evil.example", source: native }, nativeChannel, native)).toBe(false);

    const rn = topLevel(true);
    expect(h.acceptsContainerMessage({ origin: "", source: null }, { kind: "react-native" }, rn)).toBe(true);
    expect(h.acceptsContainerMessage({ origin: "https://evil.example", source: {} }, { kind: "react-native" }, rn)).toBe(false);
  });

  it("reads the guide's answers as objects and JSON strings, flags malformed ones, skips the rest", () => {
    const [, request, response, error] = webviewGuideJsonBlocks().map((block, i) => (i === 0 ? null : JSON.parse(block)));
    const location = { type: "location", coords: { latitude: 40.7128, longitude: -74.006, accuracy: 10 } };
    expect(h.readContainerMessage(response)).toEqual(location);
    expect(h.readContainerMessage(JSON.stringify(response))).toEqual(location);
    expect(h.readContainerMessage(error)).toEqual({ type: "error", error: "Location permission not granted" });
    expect(h.readContainerMessage(request)).toBeNull();
    expect(h.readContainerMessage("hello")).toBeNull();
    expect(h.readContainerMessage({ type: "LOCATION_RESPONSE", payload: { ok: true, coords: { latitude: "40", longitude: 1 } } })).toMatchObject({ type: "invalid" });
    expect(h.readContainerMessage({ type: "ERROR", payload: { ok: false } })).toMatchObject({ type: "invalid" });
  });

  it("sends REQUEST_LOCATION to the parent's exact origin, as a string to React Native, to itself natively", () => {
    const message = { type: "REQUEST_LOCATION" };
    const { win, parent } = framed({ ancestors: [CONSOLE] });
    h.postToContainer({ kind: "iframe", parentOrigin: CONSOLE }, win, message);
    expect(parent.postMessage).toHaveBeenCalledWith(message, CONSOLE);
    const rn = topLevel(true);
    h.postToContainer({ kind: "react-native" }, rn, message);
    expect(rn.ReactNativeWebView!.postMessage).toHaveBeenCalledWith('{"type":"REQUEST_LOCATION"}');
    const native = topLevel();
    h.postToContainer({ kind: "native", origin: CONSOLE }, native, message);
    expect(native.postMessage).toHaveBeenCalledWith(message, CONSOLE);
    expect(h.postToContainer({ kind: "none", reason: "" }, native, message)).toBe(false);
  });
});

describe("webviewScript", () => {
  it("is one valid script whose config cannot end the <script> element", () => {
    const script = webviewScript({ token: "</script><script>alert(1)</script>", allowedParents: [CONSOLE], nearbyUrl: "/n", ctaUrl: "/c", requestOnLoad: false });
    expect(() => new Function(script)).not.toThrow();
    expect(script).not.toContain("</script>");
  });
});
