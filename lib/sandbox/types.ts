import type { JsonValue } from "./state-codec";

/**
 * A provider simulator: a pure handler over its own state. The Request it receives has the
 * documented path relative to the provider's documented base URL (the mount strips
 * `/sandbox/<slug>`), e.g. KTN sees `/api/v1/merchant/getAccountDetails`.
 */
export type SandboxHandler = (req: Request) => Promise<Response>;

export interface Sandbox {
  handle: SandboxHandler;
  /**
   * Drops all state back to the seeded start, except what keeps ids unique: an id handed out
   * before a reset is never handed out again (counters and epochs carry over).
   */
  reset(): void;
  /**
   * Provider-specific control actions (`POST /sandbox/_control/<slug>/<action>`), e.g. mint a
   * partner code, fulfil an order now, deliver a webhook. Unknown actions answer 404.
   */
  control?(action: string, body: unknown): Promise<Response>;
  /**
   * The whole state as plain JSON (lib/sandbox/state-codec.ts), id counters included: a new
   * instance given it by `restore` answers every read the same and hands out no id twice.
   */
  snapshot(): JsonValue;
  /** Replaces the state with one `snapshot()` returned (by this or an earlier instance). */
  restore(snapshot: JsonValue): void;
}
