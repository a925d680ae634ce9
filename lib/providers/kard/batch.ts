import { invalidRequest } from "./errors";

/**
 * Refuses a batch outside Kard's documented bounds before anything is sent, with a message
 * that says what to do. Limits: users 100, transactions / fraud markers / upload parts 500,
 * attribution events 100, upload URLs 1–10 (kard-endpoints.md "Rate limits" table).
 * @throws ProviderError BATCH_LIMIT_EXCEEDED above `max`, INVALID_REQUEST for an empty batch.
 */
export function assertBatchSize(endpoint: string, count: number, max: number, noun: string): void {
  if (count > max) {
    throw invalidRequest(
      endpoint,
      "BATCH_LIMIT_EXCEEDED",
      `${endpoint} accepts at most ${max} ${noun} per request (got ${count}); split the batch`,
      { max, count },
    );
  }
  if (count < 1) throw invalidRequest(endpoint, "INVALID_REQUEST", `${endpoint} needs at least one of ${noun}`);
}
