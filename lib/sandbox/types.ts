/**
 * A provider simulator: a pure handler over its own state. The Request it receives has the
 * documented path relative to the provider's documented base URL (the mount strips
 * `/sandbox/<slug>`), e.g. KTN sees `/api/v1/merchant/getAccountDetails`.
 */
export type SandboxHandler = (req: Request) => Promise<Response>;

export interface Sandbox {
  handle: SandboxHandler;
  /** Drops all state back to the seeded start. */
  reset(): void;
  /**
   * Provider-specific control actions (`POST /sandbox/_control/<slug>/<action>`), e.g. mint a
   * partner code, fulfil an order now, deliver a webhook. Unknown actions answer 404.
   */
  control?(action: string, body: unknown): Promise<Response>;
}
