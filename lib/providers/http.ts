import pRetry, { AbortError } from "p-retry";
import type { z } from "zod";
import { logger } from "@/lib/log";
import { ProviderError } from "./provider-error";
import { type ProviderSlug } from "./slugs";

/** The fetch every client takes: global fetch live, the in-process sandbox in tests. */
export type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A provider's error body turned into our terms. */
export interface ParsedProviderError {
  code: string;
  message: string;
  details?: unknown;
}

export interface ProviderRequest<T> {
  provider: ProviderSlug;
  /** The documented endpoint's name, e.g. "purchaseGiftCard"; used in errors and logs. */
  endpoint: string;
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** JSON body (serialised here) or a URL-encoded form. */
  json?: unknown;
  /** A JSON body already serialised, sent byte for byte (for a provider that signs the body's exact text). */
  rawJson?: string;
  form?: URLSearchParams;
  /** zod schema of the success body. */
  schema: z.ZodType<T>;
  /** Maps the provider's error body (any status) to code/message; falls back to HTTP_<status>. */
  parseError?: (httpStatus: number, body: unknown) => ParsedProviderError | undefined;
  /**
   * For providers that answer 200 with an error envelope (KvitkaCard `{success:false}`):
   * returns the parsed error when the body is one.
   */
  errorInSuccessBody?: (body: unknown) => ParsedProviderError | undefined;
  /** Milliseconds before the request is abandoned. Default PROVIDER_TIMEOUT_MS or 10 000. */
  timeoutMs?: number;
  /**
   * Retries are opt-in and only safe for reads or writes carrying an idempotency key.
   * `retries` counts extra attempts; Retry-After is honoured up to `maxWaitMs` in total.
   */
  retry?: { retries: number; maxWaitMs?: number };
}

export function defaultTimeoutMs(): number {
  const fromEnv = Number(process.env.PROVIDER_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 10_000;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Only the path is logged: query strings and bodies can carry secrets. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

async function attempt<T>(fetchFn: FetchFn, req: ProviderRequest<T>): Promise<T> {
  const isWrite = req.method !== "GET";
  const base = { provider: req.provider, endpoint: req.endpoint };
  const headers: Record<string, string> = { accept: "application/json", ...req.headers };
  let body: string | URLSearchParams | undefined;
  if (req.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(req.json);
  } else if (req.rawJson !== undefined) {
    headers["content-type"] = "application/json";
    body = req.rawJson;
  } else if (req.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = req.form;
  }

  let res: Response;
  const started = Date.now();
  try {
    res = await fetchFn(req.url, {
      method: req.method,
      headers,
      body,
      signal: AbortSignal.timeout(req.timeoutMs ?? defaultTimeoutMs()),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    logger.warn({ ...base, path: pathOf(req.url), ms: Date.now() - started, timedOut }, "provider call failed");
    throw new ProviderError({
      ...base,
      httpStatus: null,
      code: timedOut ? "TIMEOUT" : "NETWORK",
      message: timedOut
        ? `${req.provider} did not answer ${req.endpoint} in time`
        : `${req.provider} could not be reached for ${req.endpoint}`,
      retryable: true,
      outcome: isWrite ? "unknown" : "failed",
    });
  }

  const parsedBody = await readBody(res).catch(() => undefined);
  logger.info({ ...base, path: pathOf(req.url), status: res.status, ms: Date.now() - started }, "provider call");

  if (!res.ok) {
    const known = req.parseError?.(res.status, parsedBody);
    const serverSide = res.status >= 500;
    throw new ProviderError({
      ...base,
      httpStatus: res.status,
      code: known?.code ?? (res.status === 429 ? "RATE_LIMITED" : `HTTP_${res.status}`),
      message: known?.message ?? `${req.provider} answered ${res.status} to ${req.endpoint}`,
      details: known?.details,
      retryable: res.status === 429 || serverSide,
      outcome: serverSide && isWrite ? "unknown" : "failed",
      retryAfterMs: parseRetryAfter(res.headers.get("retry-after")),
    });
  }

  const inBodyError = req.errorInSuccessBody?.(parsedBody);
  if (inBodyError) {
    throw new ProviderError({ ...base, httpStatus: res.status, ...inBodyError, retryable: false, outcome: "failed" });
  }

  const result = req.schema.safeParse(parsedBody);
  if (!result.success) {
    throw new ProviderError({
      ...base,
      httpStatus: res.status,
      code: "INVALID_RESPONSE",
      message: `${req.provider} answered ${req.endpoint} with a body we do not understand`,
      details: result.error.issues.slice(0, 5),
      retryable: false,
      outcome: isWrite ? "unknown" : "failed",
    });
  }
  return result.data;
}

/**
 * Sends one provider request: timeout, zod-validated response, typed {@link ProviderError}.
 * Retries only when `req.retry` is given (reads, or writes with an idempotency key), only on
 * retryable errors (429, 5xx, network, timeout), honouring Retry-After within `maxWaitMs`.
 * @throws ProviderError for every failure; never a raw fetch or zod error.
 */
export async function providerRequest<T>(fetchFn: FetchFn, req: ProviderRequest<T>): Promise<T> {
  if (!req.retry || req.retry.retries <= 0) return attempt(fetchFn, req);
  const maxWaitMs = req.retry.maxWaitMs ?? 5_000;
  let waited = 0;
  return pRetry(
    async () => {
      try {
        return await attempt(fetchFn, req);
      } catch (error) {
        if (error instanceof ProviderError && !error.retryable) throw new AbortError(error);
        throw error;
      }
    },
    {
      retries: req.retry.retries,
      minTimeout: 100,
      maxTimeout: 2_000,
      randomize: true,
      onFailedAttempt: async ({ error }) => {
        const retryAfter = error instanceof ProviderError ? error.retryAfterMs : undefined;
        if (retryAfter === undefined) return;
        if (waited + retryAfter > maxWaitMs) throw error;
        waited += retryAfter;
        await new Promise((resolve) => setTimeout(resolve, retryAfter));
      },
    },
  ).catch((error: unknown) => {
    if (error instanceof AbortError && error.originalError instanceof ProviderError) throw error.originalError;
    throw error;
  });
}
