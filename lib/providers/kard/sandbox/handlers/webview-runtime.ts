import { scriptJson } from "./webview-markup";

/**
 * The sandbox WebView's browser script: views and filters, call-to-action buttons, and the
 * container side of the location contract — REQUEST_LOCATION out, LOCATION_RESPONSE / ERROR in.
 *
 * Who the container is (the guide's three embeddings):
 * - iframe: the parent window. Its origin is taken from `location.ancestorOrigins[0]` (Chromium,
 *   WebKit) or else the origin of `document.referrer`; it must be one of the allowed embedding
 *   origins (the page's frame-ancestors list). Requests go to `parent.postMessage(msg, origin)`;
 *   answers are accepted only from that window AND that origin.
 * - React Native WebView (`window.ReactNativeWebView` present, top level): requests go as a JSON
 *   string through `ReactNativeWebView.postMessage`; answers arrive as events the bridge dispatches
 *   (empty origin, no source) — the RN example posts `JSON.stringify(...)`.
 * - Native WKWebView / Android WebView (top level): requests go to `window.postMessage(msg,
 *   own origin)`, which the app's injected listener forwards; answers are the app's
 *   `window.postMessage(msg, webviewOrigin)`, i.e. the page's own origin and window.
 * Anything else is ignored, with a console warning naming the origin.
 * Answers are taken once the page has asked at least once; the latest answer wins (the contract
 * carries no request id to pair them).
 *
 * The functions below are serialised into the page with `Function.prototype.toString` (there is
 * no bundler for sandbox pages), so each must be self-contained: no imports, no module-level
 * names — helpers reach `runWebview` as arguments.
 * Source: Kard seed, "WebView" › "Location Message Passing Contract", "Platform Integration Examples".
 */
export interface RuntimeConfig {
  /** The WebView token, sent as Bearer on the page's own background calls. */
  token: string;
  /** Origins allowed to embed the page (the CSP frame-ancestors list). */
  allowedParents: string[];
  nearbyUrl: string;
  ctaUrl: string;
  /** Ask for the location at once (the rewards page shows the map); otherwise on opening "nearby". */
  requestOnLoad: boolean;
}

export type ContainerChannel =
  | { kind: "iframe"; parentOrigin: string }
  | { kind: "react-native" }
  | { kind: "native"; origin: string }
  | { kind: "none"; reason: string };

export interface RuntimeWindow {
  parent: unknown;
  location: { origin: string; ancestorOrigins?: ArrayLike<string> };
  document: { referrer: string };
  ReactNativeWebView?: { postMessage(data: string): void };
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface ContainerEvent {
  origin: string;
  source: unknown;
}

export type ContainerMessage =
  | { type: "location"; coords: { latitude: number; longitude: number; accuracy: number | null } }
  | { type: "error"; error: string }
  | { type: "invalid"; reason: string };

export function channelFor(win: RuntimeWindow, allowedParents: string[]): ContainerChannel {
  if (win.parent === win) {
    if (win.ReactNativeWebView && typeof win.ReactNativeWebView.postMessage === "function") return { kind: "react-native" };
    return { kind: "native", origin: win.location.origin };
  }
  let parentOrigin = "";
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    parentOrigin = ancestors[0];
  } else if (win.document.referrer) {
    try {
      parentOrigin = new URL(win.document.referrer).origin;
    } catch {
      parentOrigin = "";
    }
  }
  if (!parentOrigin || parentOrigin === "null") {
    return { kind: "none", reason: "Location is unavailable: the app embedding this page could not be identified." };
  }
  if (allowedParents.indexOf(parentOrigin) === -1) {
    return { kind: "none", reason: "Location is unavailable: " + parentOrigin + " is not an allowed embedding origin." };
  }
  return { kind: "iframe", parentOrigin };
}

export function acceptsContainerMessage(event: ContainerEvent, channel: ContainerChannel, win: RuntimeWindow): boolean {
  if (channel.kind === "iframe") return event.source === win.parent && event.origin === channel.parentOrigin;
  if (channel.kind === "native") return event.source === win && event.origin === channel.origin;
  if (channel.kind === "react-native") {
    return (event.origin === "" && (event.source === null || event.source === undefined)) || (event.source === win && event.origin === win.location.origin);
  }
  return false;
}

/** LOCATION_RESPONSE / ERROR from an object or a JSON string; "invalid" for a malformed one; null for anything else. */
export function readContainerMessage(data: unknown): ContainerMessage | null {
  let value = data;
  if (typeof data === "string") {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== "object") return null;
  const message = value as { type?: unknown; payload?: { ok?: unknown; coords?: Record<string, unknown>; error?: unknown } };
  const payload = message.payload;
  if (message.type === "LOCATION_RESPONSE") {
    const coords = payload && payload.coords;
    if (!payload || payload.ok !== true || !coords) return { type: "invalid", reason: "LOCATION_RESPONSE needs payload.ok = true and payload.coords." };
    const { latitude, longitude, accuracy } = coords;
    if (typeof latitude !== "number" || !isFinite(latitude) || Math.abs(latitude) > 90 || typeof longitude !== "number" || !isFinite(longitude) || Math.abs(longitude) > 180) {
      return { type: "invalid", reason: "LOCATION_RESPONSE coords need a latitude (−90…90) and a longitude (−180…180) in degrees." };
    }
    return { type: "location", coords: { latitude, longitude, accuracy: typeof accuracy === "number" && isFinite(accuracy) ? accuracy : null } };
  }
  if (message.type === "ERROR") {
    if (!payload || payload.ok !== false || typeof payload.error !== "string") return { type: "invalid", reason: "ERROR needs payload.ok = false and a payload.error text." };
    return { type: "error", error: payload.error };
  }
  return null;
}

export function postToContainer(channel: ContainerChannel, win: RuntimeWindow, message: unknown): boolean {
  if (channel.kind === "iframe") (win.parent as RuntimeWindow).postMessage(message, channel.parentOrigin);
  else if (channel.kind === "react-native") win.ReactNativeWebView?.postMessage(JSON.stringify(message));
  else if (channel.kind === "native") win.postMessage(message, channel.origin);
  else return false;
  return true;
}

export interface RuntimeHelpers {
  channelFor: typeof channelFor;
  acceptsContainerMessage: typeof acceptsContainerMessage;
  readContainerMessage: typeof readContainerMessage;
  postToContainer: typeof postToContainer;
}

function runWebview(config: RuntimeConfig, helpers: RuntimeHelpers): void {
  const win = window as unknown as RuntimeWindow & Window;
  const doc = document;
  const channel = helpers.channelFor(win, config.allowedParents);
  let asked = false;

  const all = (selector: string) => Array.from(doc.querySelectorAll<HTMLElement>(selector));
  const flash = (text: string) => all("[data-flash]").forEach((el) => (el.textContent = text));

  function setNearby(status: string, tone: "info" | "error", mapHtml: string, listHtml: string) {
    all("[data-nearby-status]").forEach((el) => {
      el.textContent = status;
      el.classList.toggle("error", tone === "error");
    });
    all("[data-nearby-map]").forEach((el) => (el.innerHTML = mapHtml));
    all("[data-nearby-list]").forEach((el) => (el.innerHTML = listHtml));
  }

  function requestLocation() {
    asked = true;
    if (channel.kind === "none") {
      setNearby(channel.reason, "error", "", "");
      return;
    }
    setNearby("Waiting for your location…", "info", "", "");
    helpers.postToContainer(channel, win, { type: "REQUEST_LOCATION" });
  }

  async function showNearby(coords: { latitude: number; longitude: number; accuracy: number | null }) {
    setNearby("Finding offers near you…", "info", "", "");
    const query = new URLSearchParams({ latitude: String(coords.latitude), longitude: String(coords.longitude) });
    if (coords.accuracy !== null) query.set("accuracy", String(coords.accuracy));
    try {
      const response = await fetch(config.nearbyUrl + "?" + query.toString(), { headers: { authorization: "Bearer " + config.token } });
      const body = await response.json();
      if (!response.ok) throw new Error(body && body.error ? body.error : "HTTP " + response.status);
      setNearby(body.statusText, "info", body.mapHtml, body.listHtml);
    } catch (error) {
      setNearby("Nearby offers could not be loaded: " + (error instanceof Error ? error.message : String(error)), "error", "", "");
    }
  }

  function onMessage(event: MessageEvent) {
    const message = helpers.readContainerMessage(event.data);
    if (!message) return;
    if (!helpers.acceptsContainerMessage(event, channel, win)) {
      console.warn("[kard-webview] ignored a message from " + (event.origin || "an unknown origin") + ": it is not this page's container.");
      return;
    }
    if (!asked) {
      console.warn("[kard-webview] ignored an answer that came before any REQUEST_LOCATION.");
      return;
    }
    if (message.type === "location") void showNearby(message.coords);
    else if (message.type === "error") setNearby(message.error, "error", "", "");
    else setNearby("The app sent an invalid answer: " + message.reason, "error", "", "");
  }
  win.addEventListener("message", onMessage);
  // react-native-webview on Android dispatches the app's messages on document.
  if (channel.kind === "react-native") doc.addEventListener("message", onMessage as EventListener);

  function show(view: string) {
    all("[data-view]").forEach((section) => {
      section.hidden = section.dataset.view !== view;
      if (!section.hidden) {
        const title = section.dataset.title ?? "";
        all("[data-page-title]").forEach((el) => (el.textContent = title));
        doc.title = title;
      }
    });
    all("nav [data-go]").forEach((tab) => tab.setAttribute("aria-current", tab.dataset.go === view ? "page" : "false"));
    if (view === "nearby" && !asked) requestLocation();
  }

  function filter(categoryId: string) {
    all("[data-category-filter]").forEach((chip) => chip.setAttribute("aria-pressed", String(chip.dataset.categoryFilter === categoryId)));
    all("[data-view='offers'] [data-offer-id]").forEach((card) => (card.hidden = Boolean(categoryId) && card.dataset.category !== categoryId));
  }

  async function runCta(button: HTMLButtonElement) {
    const card = button.closest<HTMLElement>("[data-offer-id]");
    if (!card) return;
    button.disabled = true;
    try {
      const response = await fetch(config.ctaUrl, {
        method: "POST",
        headers: { authorization: "Bearer " + config.token, "content-type": "application/json" },
        body: JSON.stringify({ url: button.dataset.ctaUrl, method: button.dataset.ctaMethod }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body && body.error ? body.error : "HTTP " + response.status);
      all("[data-offer-id='" + card.dataset.offerId + "']").forEach((copy) => (copy.outerHTML = body.html));
      filter(doc.querySelector<HTMLElement>("[data-category-filter][aria-pressed='true']")?.dataset.categoryFilter ?? "");
      flash("");
    } catch (error) {
      button.disabled = false;
      flash("The offer could not be updated: " + (error instanceof Error ? error.message : String(error)));
    }
  }

  doc.addEventListener("click", (event) => {
    const target = event.target as Element;
    const go = target.closest<HTMLElement>("[data-go]");
    if (go && go.dataset.go) return show(go.dataset.go);
    const chip = target.closest<HTMLElement>("[data-category-filter]");
    if (chip) return filter(chip.dataset.categoryFilter ?? "");
    const locate = target.closest("[data-locate]");
    if (locate) return requestLocation();
    const cta = target.closest<HTMLButtonElement>("button[data-cta-url]");
    if (cta) void runCta(cta);
  });

  if (config.requestOnLoad) requestLocation();
}

/** The page's inline script: `runWebview(config, helpers)` with every function serialised. */
export function webviewScript(config: RuntimeConfig): string {
  const helpers = `{channelFor:(${channelFor}),acceptsContainerMessage:(${acceptsContainerMessage}),readContainerMessage:(${readContainerMessage}),postToContainer:(${postToContainer})}`;
  return `(${runWebview})(${scriptJson(config)},${helpers});`;
}
