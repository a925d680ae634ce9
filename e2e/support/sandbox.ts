import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth";

/**
 * The sandbox control surface needs a staff session with `sandbox.control`, the console's own
 * Origin and JSON bodies (issue 11, finding 1). These helpers send each call with the caller's
 * context when it carries a session (e.g. `page.request` of a page signed in as an operator, so
 * the audit row names that operator), and otherwise, or when that session may not use the
 * controls, with a context of this worker signed in as the demo admin through Auth.js's
 * credentials endpoint (the caller's own cookies are never touched).
 */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token$/;

const adminContexts = new Map<string, Promise<APIRequestContext>>();

async function signInAsAdmin(baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "admin@demo.test", password: DEMO_PASSWORD, callbackUrl: `${baseURL}/` },
  });
  expect(signedIn.ok(), `sign-in as admin@demo.test for the sandbox controls: HTTP ${signedIn.status()}`).toBeTruthy();
  const cookies = (await context.storageState()).cookies;
  expect(cookies.some((cookie) => SESSION_COOKIE.test(cookie.name)), "admin@demo.test got no session cookie").toBeTruthy();
  return context;
}

function adminContext(baseURL: string, fresh = false): Promise<APIRequestContext> {
  if (fresh || !adminContexts.has(baseURL)) adminContexts.set(baseURL, signInAsAdmin(baseURL));
  return adminContexts.get(baseURL)!;
}

async function hasSession(request: APIRequestContext): Promise<boolean> {
  return (await request.storageState()).cookies.some((cookie) => SESSION_COOKIE.test(cookie.name));
}

/** One control call; a refused caller's session falls back to the admin context (signed in again when its session ended). */
async function controlCall(request: APIRequestContext, path: string, data: unknown): Promise<APIResponse> {
  const baseURL = test.info().project.use.baseURL!;
  const send = (context: APIRequestContext) => context.post(path, { data, headers: { origin: baseURL } });
  if (await hasSession(request)) {
    const own = await send(request);
    if (own.status() !== 401 && own.status() !== 403) return own;
  }
  const admin = await send(await adminContext(baseURL));
  return admin.status() === 401 ? send(await adminContext(baseURL, true)) : admin;
}

/** Resets one provider's simulator and clears its faults through the HTTP control surface. */
export async function resetSandbox(request: APIRequestContext, provider: string): Promise<void> {
  const res = await controlCall(request, "/sandbox/_control/reset", { provider });
  expect(res.ok(), `reset ${provider}: HTTP ${res.status()} ${await res.text()}`).toBeTruthy();
}

export async function injectFault(
  request: APIRequestContext,
  rule: { provider: string; fault: Record<string, unknown>; method?: string; pathIncludes?: string; count?: number },
): Promise<void> {
  const res = await controlCall(request, "/sandbox/_control/faults", rule);
  expect(res.ok(), `inject a fault: HTTP ${res.status()} ${await res.text()}`).toBeTruthy();
}

/** A provider-specific control action, e.g. ("ktn", "orders"). */
export async function sandboxControl<T>(request: APIRequestContext, provider: string, action: string, body: unknown = {}): Promise<T> {
  const res = await controlCall(request, `/sandbox/_control/${provider}/${action}`, body);
  expect(res.ok(), `${provider}/${action}: HTTP ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}
