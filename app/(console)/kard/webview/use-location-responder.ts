"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { createLocationResponder, type LocationAnswer, type ResponderEvent } from "@/lib/providers/kard/webview/messages";

/** One line of the preview's message log. */
export interface LogEntry {
  id: number;
  at: string;
  kind: "received" | "sent" | "ignored" | "info";
  text: string;
  data?: unknown;
}

const MAX_ENTRIES = 100;
const IGNORED: Record<Extract<ResponderEvent, { kind: "ignored" }>["reason"], string> = {
  "foreign-origin": "not the WebView's origin",
  "foreign-source": "not the WebView's window",
  "not-a-request": "not a REQUEST_LOCATION",
};

function describe(event: ResponderEvent): Omit<LogEntry, "id" | "at"> {
  if (event.kind === "received") return { kind: "received", text: `REQUEST_LOCATION from ${event.origin}`, data: event.message };
  if (event.kind === "sent") return { kind: "sent", text: `${event.message.type} → ${event.targetOrigin}`, data: event.message };
  return { kind: "ignored", text: `Ignored a message from ${event.origin || "an unknown origin"}: ${IGNORED[event.reason]}`, data: event.data };
}

/**
 * The console as the WebView's container: listens on window for the frame's REQUEST_LOCATION,
 * answers with `answer` (null = wait for a manual reply), and logs every message in or out,
 * including the ignored ones. Lives above the tabs so it keeps answering whichever tab is open.
 */
export function useLocationResponder(opts: { webviewOrigin: string; frameRef: RefObject<HTMLIFrameElement | null>; answer: LocationAnswer | null }) {
  const { webviewOrigin, frameRef } = opts;
  const [log, setLog] = useState<LogEntry[]>([]);
  const [requests, setRequests] = useState(0);
  const answerRef = useRef(opts.answer);
  const nextId = useRef(0);

  useEffect(() => {
    answerRef.current = opts.answer;
  }, [opts.answer]);

  const append = useCallback((entry: Omit<LogEntry, "id" | "at">) => {
    const id = ++nextId.current;
    setLog((entries) => [{ ...entry, id, at: new Date().toLocaleTimeString() }, ...entries].slice(0, MAX_ENTRIES));
  }, []);

  const responder = useRef<ReturnType<typeof createLocationResponder> | null>(null);
  useEffect(() => {
    const current = createLocationResponder({
      webviewOrigin,
      target: () => frameRef.current?.contentWindow ?? null,
      autoAnswer: () => answerRef.current,
      onEvent: (event) => {
        if (event.kind === "received") setRequests((n) => n + 1);
        append(describe(event));
      },
    });
    responder.current = current;
    const listener = (event: MessageEvent) => current.handleMessage(event);
    window.addEventListener("message", listener);
    return () => {
      window.removeEventListener("message", listener);
      responder.current = null;
    };
  }, [webviewOrigin, frameRef, append]);

  const reply = useCallback((answer: LocationAnswer) => responder.current?.reply(answer) ?? false, []);

  return {
    log,
    requests,
    reply,
    note: (text: string) => append({ kind: "info", text }),
    clear: () => setLog([]),
  };
}
