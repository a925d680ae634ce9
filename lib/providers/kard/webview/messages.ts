import { z } from "zod";
import { withLoopbackAliases } from "@/lib/app-origin";

/**
 * The WebView's location message contract (window.postMessage):
 * - WebView → container: `{type:"REQUEST_LOCATION"}`.
 * - Container → WebView: `{type:"LOCATION_RESPONSE", payload:{ok:true, coords:{latitude, longitude,
 *   accuracy, altitude, heading, speed}, timestamp}}` — degrees, metres, degrees, metres/second;
 *   `timestamp` in epoch milliseconds; accuracy/altitude/heading/speed may be null.
 * - Container → WebView: `{type:"ERROR", payload:{ok:false, error:"<text>"}}`.
 * Messages travel as objects (iframe, WKWebView, Android WebView) or as JSON strings (React
 * Native WebView's `postMessage(string)` / `onMessage`); `readWebviewMessage` accepts both.
 * Source: Kard seed, "WebView" › "Location Message Passing Contract" and the platform examples.
 */
const requestLocationMessageSchema = z.object({ type: z.literal("REQUEST_LOCATION") });

const locationCoordsSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracy: z.number().nonnegative().nullable(),
  altitude: z.number().nullable(),
  heading: z.number().nullable(),
  speed: z.number().nullable(),
});

const locationResponseMessageSchema = z.object({
  type: z.literal("LOCATION_RESPONSE"),
  payload: z.object({ ok: z.literal(true), coords: locationCoordsSchema, timestamp: z.number().int().nonnegative() }),
});
export type LocationResponseMessage = z.infer<typeof locationResponseMessageSchema>;

const locationErrorMessageSchema = z.object({
  type: z.literal("ERROR"),
  payload: z.object({ ok: z.literal(false), error: z.string() }),
});
export type LocationErrorMessage = z.infer<typeof locationErrorMessageSchema>;

export const webviewMessageSchema = z.discriminatedUnion("type", [
  requestLocationMessageSchema,
  locationResponseMessageSchema,
  locationErrorMessageSchema,
]);
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** A message of the contract from postMessage data (object or JSON string); null otherwise. */
export function readWebviewMessage(data: unknown): WebviewMessage | null {
  let value = data;
  if (typeof data === "string") {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  const parsed = webviewMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What the container answers a REQUEST_LOCATION with. Accuracy in metres. */
export type LocationAnswer =
  | { kind: "location"; latitude: number; longitude: number; accuracy: number | null }
  | { kind: "error"; error: string };

/** The LOCATION_RESPONSE or ERROR message for `answer`; `now` gives the epoch-ms timestamp. */
export function answerMessage(answer: LocationAnswer, now: () => number = Date.now): LocationResponseMessage | LocationErrorMessage {
  if (answer.kind === "error") return { type: "ERROR", payload: { ok: false, error: answer.error } };
  return {
    type: "LOCATION_RESPONSE",
    payload: {
      ok: true,
      coords: { latitude: answer.latitude, longitude: answer.longitude, accuracy: answer.accuracy, altitude: null, heading: null, speed: null },
      timestamp: now(),
    },
  };
}

/** The part of a MessageEvent the responder reads. */
export interface IncomingMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/** The WebView's window (an iframe's contentWindow). */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export type ResponderEvent =
  | { kind: "ignored"; reason: "foreign-origin" | "foreign-source" | "not-a-request"; origin: string; data: unknown }
  | { kind: "received"; origin: string; message: WebviewMessage }
  | { kind: "sent"; targetOrigin: string; message: LocationResponseMessage | LocationErrorMessage };

export interface LocationResponderOptions {
  /**
   * The WebView's origin (scheme://host[:port]); messages from any other origin are ignored,
   * except its loopback aliases (a WebView at http://localhost:3000 is also http://127.0.0.1:3000).
   */
  webviewOrigin: string;
  /** The WebView frame's window; messages from any other window are ignored. */
  target: () => MessageTarget | null;
  /** The answer to send on REQUEST_LOCATION; null leaves the request for a manual `reply`. */
  autoAnswer: () => LocationAnswer | null;
  onEvent?: (event: ResponderEvent) => void;
  now?: () => number;
}

/** True when `value` is exactly an origin such as "https://webview-test-us-east-1.getkard.com". */
function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.origin !== "null" && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * The container side of the contract for an embedding page: accepts REQUEST_LOCATION only from
 * the WebView's own origin (or a loopback alias of it) and window (the guide's iframe example
 * checks both), answers with `autoAnswer()` or waits for `reply`, and posts to the exact origin
 * the request came from (before any request: `webviewOrigin`) — never "*".
 * @throws Error when `webviewOrigin` is not an exact origin (e.g. "*" or a URL with a path).
 */
export function createLocationResponder(options: LocationResponderOptions) {
  if (!isExactOrigin(options.webviewOrigin)) {
    throw new Error(`The WebView origin must be an exact origin such as https://host; got "${options.webviewOrigin}".`);
  }
  const accepted = new Set(withLoopbackAliases(options.webviewOrigin));
  let replyOrigin = options.webviewOrigin;
  const emit = (event: ResponderEvent) => options.onEvent?.(event);

  function reply(answer: LocationAnswer): boolean {
    const target = options.target();
    if (!target) return false;
    const message = answerMessage(answer, options.now);
    target.postMessage(message, replyOrigin);
    emit({ kind: "sent", targetOrigin: replyOrigin, message });
    return true;
  }

  function handleMessage(event: IncomingMessage): void {
    if (!accepted.has(event.origin)) {
      emit({ kind: "ignored", reason: "foreign-origin", origin: event.origin, data: event.data });
      return;
    }
    const target = options.target();
    if (!target || event.source !== target) {
      emit({ kind: "ignored", reason: "foreign-source", origin: event.origin, data: event.data });
      return;
    }
    const message = readWebviewMessage(event.data);
    if (message?.type !== "REQUEST_LOCATION") {
      emit({ kind: "ignored", reason: "not-a-request", origin: event.origin, data: event.data });
      return;
    }
    replyOrigin = event.origin;
    emit({ kind: "received", origin: event.origin, message });
    const answer = options.autoAnswer();
    if (answer) reply(answer);
  }

  return { handleMessage, reply };
}
