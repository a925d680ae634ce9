import { describe, expect, it, vi } from "vitest";
import { answerMessage, createLocationResponder, readWebviewMessage, webviewMessageSchema, type MessageTarget, type ResponderEvent } from "./messages";
import { webviewGuideJsonBlocks } from "@/lib/providers/kard/testing/documentation";

const WEBVIEW = "https://webview-test-us-east-1.getkard.com";

describe("message schemas against the guide's examples", () => {
  // Block 0 is the theme structure (pseudo-JSON); 1–3 are the three messages.
  const [request, response, error] = webviewGuideJsonBlocks().slice(1).map((block) => JSON.parse(block));

  it("parses REQUEST_LOCATION, LOCATION_RESPONSE and ERROR as objects and as JSON strings", () => {
    expect(request).toEqual({ type: "REQUEST_LOCATION" });
    for (const example of [request, response, error]) {
      expect(webviewMessageSchema.parse(example)).toEqual(example);
      expect(readWebviewMessage(JSON.stringify(example))).toEqual(example);
    }
    expect(response.payload.coords).toMatchObject({ latitude: 40.7128, longitude: -74.006, altitude: null });
  });

  it("builds messages identical in shape to the examples", () => {
    expect(answerMessage({ kind: "location", latitude: 40.7128, longitude: -74.006, accuracy: 10 }, () => 1706380800000)).toEqual(response);
    expect(answerMessage({ kind: "error", error: "Location permission not granted" })).toEqual(error);
  });

  it("rejects what is not the contract", () => {
    expect(readWebviewMessage("{not json")).toBeNull();
    expect(readWebviewMessage({ type: "LOCATION_RESPONSE", payload: { ok: true, coords: { latitude: 91, longitude: 0 } } })).toBeNull();
    expect(readWebviewMessage({ type: "ERROR", payload: { ok: true, error: "x" } })).toBeNull();
    expect(readWebviewMessage({ type: "HELLO" })).toBeNull();
  });
});

describe("createLocationResponder", () => {
  function setup(answer: ReturnType<Parameters<typeof createLocationResponder>[0]["autoAnswer"]> = { kind: "location", latitude: 1, longitude: 2, accuracy: 5 }) {
    const frame: MessageTarget = { postMessage: vi.fn() };
    const events: ResponderEvent[] = [];
    const responder = createLocationResponder({ webviewOrigin: WEBVIEW, target: () => frame, autoAnswer: () => answer, onEvent: (e) => events.push(e), now: () => 42 });
    return { frame, events, responder };
  }

  it("answers a REQUEST_LOCATION from the WebView frame, posting to its exact origin", () => {
    const { frame, events, responder } = setup();
    responder.handleMessage({ origin: WEBVIEW, source: frame, data: { type: "REQUEST_LOCATION" } });
    expect(frame.postMessage).toHaveBeenCalledTimes(1);
    expect(frame.postMessage).toHaveBeenCalledWith(
      { type: "LOCATION_RESPONSE", payload: { ok: true, coords: { latitude: 1, longitude: 2, accuracy: 5, altitude: null, heading: null, speed: null }, timestamp: 42 } },
      WEBVIEW,
    );
    expect(events.map((e) => e.kind)).toEqual(["received", "sent"]);
  });

  it("ignores a foreign origin, even from the right window and with a valid request", () => {
    const { frame, events, responder } = setup();
    responder.handleMessage({ origin: "https://evil.example", source: frame, data: { type: "REQUEST_LOCATION" } });
    responder.handleMessage({ origin: "null", source: frame, data: JSON.stringify({ type: "REQUEST_LOCATION" }) });
    expect(frame.postMessage).not.toHaveBeenCalled();
    expect(events).toEqual([
      expect.objectContaining({ kind: "ignored", reason: "foreign-origin", origin: "https://evil.example" }),
      expect.objectContaining({ kind: "ignored", reason: "foreign-origin", origin: "null" }),
    ]);
  });

  it("accepts the loopback alias of a WebView on localhost, and answers the origin the request came from", () => {
    const frame: MessageTarget = { postMessage: vi.fn() };
    const responder = createLocationResponder({ webviewOrigin: "http://localhost:3111", target: () => frame, autoAnswer: () => ({ kind: "error", error: "denied" }) });
    responder.handleMessage({ origin: "http://127.0.0.1:3111", source: frame, data: { type: "REQUEST_LOCATION" } });
    expect(frame.postMessage).toHaveBeenCalledWith({ type: "ERROR", payload: { ok: false, error: "denied" } }, "http://127.0.0.1:3111");
    responder.handleMessage({ origin: "http://127.0.0.1:3112", source: frame, data: { type: "REQUEST_LOCATION" } });
    responder.handleMessage({ origin: "http://localhost.evil.example:3111", source: frame, data: { type: "REQUEST_LOCATION" } });
    expect(frame.postMessage).toHaveBeenCalledTimes(1);
  });

  it("ignores the right origin from another window, and anything that is not a request", () => {
    const { frame, events, responder } = setup();
    responder.handleMessage({ origin: WEBVIEW, source: {}, data: { type: "REQUEST_LOCATION" } });
    responder.handleMessage({ origin: WEBVIEW, source: frame, data: { type: "LOCATION_RESPONSE" } });
    expect(frame.postMessage).not.toHaveBeenCalled();
    expect(events.map((e) => e.kind === "ignored" && e.reason)).toEqual(["foreign-source", "not-a-request"]);
  });

  it("leaves the request to a manual reply when there is no automatic answer, and replies with an ERROR", () => {
    const { frame, responder } = setup(null);
    responder.handleMessage({ origin: WEBVIEW, source: frame, data: JSON.stringify({ type: "REQUEST_LOCATION" }) });
    expect(frame.postMessage).not.toHaveBeenCalled();
    expect(responder.reply({ kind: "error", error: "Location request failed" })).toBe(true);
    expect(frame.postMessage).toHaveBeenCalledWith({ type: "ERROR", payload: { ok: false, error: "Location request failed" } }, WEBVIEW);
  });

  it("refuses a wildcard or a URL as the WebView origin", () => {
    for (const origin of ["*", "https://webview-test-us-east-1.getkard.com/", "webview-test-us-east-1.getkard.com"]) {
      expect(() => createLocationResponder({ webviewOrigin: origin, target: () => null, autoAnswer: () => null })).toThrow(/exact origin/);
    }
  });
});
