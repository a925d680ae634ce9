import type { KardErrorObject } from "../schemas/common";
import { ProviderError } from "@/lib/providers/provider-error";

/**
 * A 207 Multi-Status answer is a 2xx the client returns rather than throws. For a batch of ONE
 * item every error object is about that item, so it means Kard refused it: this turns them into
 * the ProviderError a plain 4xx would have been (httpStatus 207, outcome "failed": Kard answered
 * and did not apply the item). Undefined when there is no error.
 * Source: `commons.ErrorObject` ("id … Always returned for multi-status errors").
 */
export function singleItemRefusal(endpoint: string, errors: KardErrorObject[] | undefined): ProviderError | undefined {
  if (!errors?.length) return undefined;
  return new ProviderError({
    provider: "kard",
    endpoint,
    httpStatus: 207,
    code: errors[0].code ?? `HTTP_${errors[0].status}`,
    message: errors.map((error) => `${error.title}: ${error.detail}`).join("; "),
    retryable: false,
    outcome: "failed",
    details: errors,
  });
}

/** The error objects of a batch answer, joined per item id they name (errors without an id are skipped). */
export function errorsById(errors: readonly { id?: string; title?: string; detail?: string; code?: string; status?: string | number }[]) {
  const byId = new Map<string, { message: string; code: string }>();
  for (const error of errors) {
    if (!error.id) continue;
    const text = [error.title, error.detail].filter(Boolean).join(": ");
    const previous = byId.get(error.id);
    byId.set(error.id, {
      message: previous ? `${previous.message}; ${text}` : text,
      code: previous?.code ?? error.code ?? `HTTP_${error.status ?? "207"}`,
    });
  }
  return byId;
}
