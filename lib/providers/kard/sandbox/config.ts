/**
 * The Kard sandbox's fixed identity: the credentials the issue spells out (contracts) and the
 * limits the documentation states.
 * Source: Kard seed, "Authentication" (OAuth2 client credentials, expires_in 3600), "Targeted
 * Offers" (persona ids `sandbox-{issuerName}-…`), "Webhook Authentication" (webhook key).
 */
export const KARD_SANDBOX = {
  clientId: "kard_sandbox_client",
  clientSecret: "kard_sandbox_secret",
  organizationId: "org_sandbox",
  issuerName: "sandbox",
  webhookKey: "kard_sandbox_webhook_key",
} as const;

/** Where the console mounts this simulator; used for URLs the sandbox serves itself. */
export const DEFAULT_MOUNT_PREFIX = "/sandbox/kard";

/** The console's own receiver of Kard webhooks (app/api/webhooks/[provider]), under its origin. */
export const CONSOLE_RECEIVER_PATH = "/api/webhooks/kard";

/** Access token lifetime in seconds (the documented example answers `expires_in: 3600`). */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;
/** WebView token lifetime in seconds (the endpoint page is missing: our choice). */
export const WEBVIEW_TOKEN_TTL_SECONDS = 3600;
/** Get Files: "downloadUrl … valid for 30 minutes". */
export const DOWNLOAD_URL_TTL_SECONDS = 30 * 60;
/** Bulk upload: "Presigned PUT URL … Expires after 15 minutes" (expiresIn 900). */
export const UPLOAD_URL_TTL_SECONDS = 900;

/** Batch limits stated per operation. */
export const LIMITS = {
  transactionsPerRequest: 500,
  fraudMarkersPerRequest: 500,
  uploadPartsPerRequest: 500,
  usersPerRequest: 100,
  attributionsPerRequest: 100,
  uploadUrlsPerRequest: { min: 1, max: 10 },
  earnedRewardsWindowMonths: 12,
  defaultPageSize: 10,
  maxPageSize: 100,
} as const;

/** Every scope the documentation names; sandbox tokens carry all of them. */
export const SANDBOX_SCOPES = [
  "transaction:write",
  "transaction:read",
  "audit:write",
  "user:write",
  "user:update",
  "user:delete",
  "user:read",
  "rewards:read",
  "notifications:read",
  "notifications:write",
  "attributions:write",
  "files.read",
] as const;

/**
 * Keys the sandbox signs its own artefacts with (access tokens, WebView tokens, presigned URLs).
 * They are fixed strings rather than per-process random values because the Next server may load
 * this module once per route bundle, and a token minted by one bundle must verify in another.
 * They protect nothing real: this is a simulator.
 */
export const SANDBOX_SIGNING_KEYS = {
  accessToken: "kard-sandbox-access-token-signing-key-v1",
  webviewToken: "kard-sandbox-webview-token-signing-key-v1",
  presignedUrl: "kard-sandbox-presigned-url-signing-key-v1",
  attribution: "kard-sandbox-attribution-token-signing-key-v1",
} as const;

export function personaId(kind: "new-customer" | "lapsed-customer"): string {
  return `sandbox-${KARD_SANDBOX.issuerName}-${kind}`;
}
