import { expect } from "vitest";
import { isProviderError, type ProviderError } from "@/lib/providers/provider-error";

/** Tests: what `promise` rejects with; the test fails when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value: unknown) => expect.fail(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`),
    (error: unknown) => error,
  );
}

/** Tests: the ProviderError `promise` rejects with (recognised by brand, as the console does). */
export async function providerRejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await rejection(promise);
  expect(isProviderError(error), `expected a ProviderError, got ${String(error)}`).toBe(true);
  return error as ProviderError;
}
