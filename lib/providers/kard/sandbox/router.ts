import type { SandboxContext } from "./context";
import { attributionPixel, offerAsset, survey } from "./handlers/assets";
import { activateOffer, boostOffer, createAttributions } from "./handlers/attributions";
import { issueToken } from "./handlers/auth-token";
import { createAudits } from "./handlers/audits";
import { receiveBulkUpload } from "./handlers/bulk-upload";
import { getEarnedRewards } from "./handlers/earned-rewards";
import { downloadFile, getFilesMetadata } from "./handlers/files";
import { getLocations } from "./handlers/locations";
import { getOffers } from "./handlers/offers";
import { createSubscriptions, getSubscriptions, updateSubscription } from "./handlers/subscriptions";
import { createTransactions, createUploadUrls, flagFraud } from "./handlers/transactions";
import { addUploadPart, completeUpload, createUpload } from "./handlers/uploads";
import { createUsers, deleteUser, getUser, updateUser } from "./handlers/users";
import { createWebviewToken } from "./handlers/webview-token";
import { WEBVIEW_ROUTES } from "./handlers/webview-routes";

/**
 * The sandbox's routes: the documented paths (relative to the documented base URL), plus the
 * URLs the sandbox hands out itself (presigned file links, upload URLs, assets, pixels).
 * `auth: true` routes need a Bearer token valid for `{organizationId}`.
 * Source: Kard seed, the 21 operation pages and "Authentication".
 */
export type Handler = (ctx: SandboxContext) => Promise<Response>;

export interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
  auth: boolean;
  /** The spec's operationId, for documentation and tests. */
  operationId?: string;
}

function route(method: string, path: string, handler: Handler, opts: { auth?: boolean; operationId?: string } = {}): Route {
  const keys: string[] = [];
  const source = path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    keys.push(key);
    return "([^/]+)";
  });
  return { method, pattern: new RegExp(`^${source}/?$`), keys, handler, auth: opts.auth ?? true, operationId: opts.operationId };
}

const ISSUER = "/v2/issuers/:organizationId";
const USER = `${ISSUER}/users/:userId`;

export const ROUTES: Route[] = [
  route("POST", "/v2/auth/token", (ctx) => issueToken(ctx.req, ctx.now), { auth: false }),
  route("POST", `${ISSUER}/transactions`, createTransactions, { operationId: "transactions_create" }),
  route("POST", `${ISSUER}/fraud`, flagFraud, { operationId: "transactions_createFraudMarkers" }),
  route("POST", `${USER}/audits`, createAudits, { operationId: "transactions_createAudits" }),
  route("POST", `${ISSUER}/transactions/uploads`, createUploadUrls, { operationId: "transactions_createBulkTransactionsUploadUrl" }),
  route("GET", `${USER}/earned-rewards`, getEarnedRewards, { operationId: "transactions_getEarnedRewards" }),
  route("POST", `${ISSUER}/users`, createUsers, { operationId: "users_create" }),
  route("PUT", USER, updateUser, { operationId: "users_update" }),
  route("DELETE", USER, deleteUser, { operationId: "users_delete" }),
  route("GET", USER, getUser, { operationId: "users_get" }),
  route("GET", `${USER}/offers`, getOffers, { operationId: "users_rewards_offers" }),
  route("GET", `${USER}/locations`, getLocations, { operationId: "users_rewards_locations" }),
  route("GET", `${ISSUER}/subscriptions`, getSubscriptions, { operationId: "notifications_subscriptions_get" }),
  route("POST", `${ISSUER}/subscriptions`, createSubscriptions, { operationId: "notifications_subscriptions_create" }),
  route("PATCH", `${ISSUER}/subscriptions/:subscriptionId`, updateSubscription, { operationId: "notifications_subscriptions_update" }),
  route("POST", `${USER}/attributions`, createAttributions, { operationId: "users_attributions_create" }),
  route("POST", `${USER}/offers/:offerId/activate`, activateOffer, { operationId: "users_attributions_activate" }),
  route("POST", `${USER}/offers/:offerId/boost`, boostOffer, { operationId: "users_attributions_boost" }),
  route("GET", `${ISSUER}/files/metadata`, getFilesMetadata, { operationId: "files_getMetadata" }),
  route("POST", `${USER}/uploads`, createUpload, { operationId: "users_uploads_create" }),
  route("PUT", `${USER}/uploads/:uploadId/parts`, addUploadPart, { operationId: "users_uploads_createPart" }),
  route("PUT", `${USER}/uploads/:uploadId`, completeUpload, { operationId: "users_uploads_update" }),
  route("POST", `${USER}/webview-token`, createWebviewToken),
  ...WEBVIEW_ROUTES.map(([method, path, handler]) => route(method, path, handler, { auth: false })),
  route("GET", "/files/:fileId", downloadFile, { auth: false }),
  route("PUT", "/uploads/:uploadId", receiveBulkUpload, { auth: false }),
  route("GET", "/assets/offers/:offerId/:asset", offerAsset, { auth: false }),
  route("GET", "/attribution/pixel.png", attributionPixel, { auth: false }),
  route("GET", "/surveys/:notificationId", survey, { auth: false }),
];

export type RouteMatch = { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined;

export function matchRoute(method: string, pathname: string): RouteMatch {
  const allowed: string[] = [];
  for (const candidate of ROUTES) {
    const match = candidate.pattern.exec(pathname);
    if (!match) continue;
    if (candidate.method !== method.toUpperCase()) {
      allowed.push(candidate.method);
      continue;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(candidate.keys.map((key, index) => [key, decodeURIComponent(match[index + 1])]));
    } catch {
      return undefined;
    }
    return { route: candidate, params };
  }
  return allowed.length > 0 ? { allowed } : undefined;
}
