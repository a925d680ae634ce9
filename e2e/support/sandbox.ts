import { expect, type APIRequestContext } from "@playwright/test";

/** Resets one provider's simulator and clears its faults through the HTTP control surface. */
export async function resetSandbox(request: APIRequestContext, provider: string): Promise<void> {
  const res = await request.post("/sandbox/_control/reset", { data: { provider } });
  expect(res.ok()).toBeTruthy();
}

export async function injectFault(
  request: APIRequestContext,
  rule: { provider: string; fault: Record<string, unknown>; method?: string; pathIncludes?: string; count?: number },
): Promise<void> {
  const res = await request.post("/sandbox/_control/faults", { data: rule });
  expect(res.ok()).toBeTruthy();
}

/** A provider-specific control action, e.g. ("ktn", "orders"). */
export async function sandboxControl<T>(request: APIRequestContext, provider: string, action: string, body: unknown = {}): Promise<T> {
  const res = await request.post(`/sandbox/_control/${provider}/${action}`, { data: body });
  expect(res.ok()).toBeTruthy();
  return (await res.json()) as T;
}
