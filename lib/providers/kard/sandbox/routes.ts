import type { SandboxRoute } from "@/lib/sandbox/router";
import { authorize } from "./access-token";
import type { Handler, KardSandboxEnv } from "./context";
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
import { webviewCta } from "./handlers/webview-cta";
import { webviewNearby } from "./handlers/webview-nearby";
import { webviewPage } from "./handlers/webview-page";
import { createWebviewToken } from "./handlers/webview-token";

type Route = SandboxRoute<KardSandboxEnv>;

/**
 * An issuer route: answers only with `Authorization: Bearer <access token>` valid for the path's
 * `{organizationId}`, else 401 (see access-token.ts).
 */
function issuerRoute(method: Route["method"], path: string, handler: Handler, operation?: string): Route {
  return {
    method,
    path,
    operation,
    handler: async (ctx) => {
      await authorize(ctx.req.headers.get("authorization"), ctx.params.organizationId, ctx.now);
      return handler(ctx);
    },
  };
}

/** A route without an access token: the token endpoint, and URLs the sandbox hands out itself. */
function openRoute(method: Route["method"], path: string, handler: Handler): Route {
  return { method, path, handler };
}

const ISSUER = "/v2/issuers/:organizationId";
const USER = `${ISSUER}/users/:userId`;

/**
 * The sandbox's routes, relative to the documented base URL: the 21 operations of
 * kard-openapi.yaml (`operation` = its operationId) and the WebView token behind issuer
 * authentication; the OAuth2 token endpoint; the sandbox WebView (its page authenticates the
 * `token` query parameter, the other two the same WebView token as Bearer); and the URLs the
 * sandbox hands out (presigned file links, upload URLs, assets, pixels, surveys).
 * Source: Kard seed, the 21 operation pages, "Authentication" and "WebView".
 */
export const KARD_ROUTES: Route[] = [
  openRoute("POST", "/v2/auth/token", (ctx) => issueToken(ctx.req, ctx.now)),
  issuerRoute("POST", `${ISSUER}/transactions`, createTransactions, "transactions_create"),
  issuerRoute("POST", `${ISSUER}/fraud`, flagFraud, "transactions_createFraudMarkers"),
  issuerRoute("POST", `${USER}/audits`, createAudits, "transactions_createAudits"),
  issuerRoute("POST", `${ISSUER}/transactions/uploads`, createUploadUrls, "transactions_createBulkTransactionsUploadUrl"),
  issuerRoute("GET", `${USER}/earned-rewards`, getEarnedRewards, "transactions_getEarnedRewards"),
  issuerRoute("POST", `${ISSUER}/users`, createUsers, "users_create"),
  issuerRoute("PUT", USER, updateUser, "users_update"),
  issuerRoute("DELETE", USER, deleteUser, "users_delete"),
  issuerRoute("GET", USER, getUser, "users_get"),
  issuerRoute("GET", `${USER}/offers`, getOffers, "users_rewards_offers"),
  issuerRoute("GET", `${USER}/locations`, getLocations, "users_rewards_locations"),
  issuerRoute("GET", `${ISSUER}/subscriptions`, getSubscriptions, "notifications_subscriptions_get"),
  issuerRoute("POST", `${ISSUER}/subscriptions`, createSubscriptions, "notifications_subscriptions_create"),
  issuerRoute("PATCH", `${ISSUER}/subscriptions/:subscriptionId`, updateSubscription, "notifications_subscriptions_update"),
  issuerRoute("POST", `${USER}/attributions`, createAttributions, "users_attributions_create"),
  issuerRoute("POST", `${USER}/offers/:offerId/activate`, activateOffer, "users_attributions_activate"),
  issuerRoute("POST", `${USER}/offers/:offerId/boost`, boostOffer, "users_attributions_boost"),
  issuerRoute("GET", `${ISSUER}/files/metadata`, getFilesMetadata, "files_getMetadata"),
  issuerRoute("POST", `${USER}/uploads`, createUpload, "users_uploads_create"),
  issuerRoute("PUT", `${USER}/uploads/:uploadId/parts`, addUploadPart, "users_uploads_createPart"),
  issuerRoute("PUT", `${USER}/uploads/:uploadId`, completeUpload, "users_uploads_update"),
  issuerRoute("POST", `${USER}/webview-token`, createWebviewToken),
  openRoute("GET", "/webview", webviewPage),
  openRoute("GET", "/webview/nearby", webviewNearby),
  openRoute("POST", "/webview/cta", webviewCta),
  openRoute("GET", "/files/:fileId", downloadFile),
  openRoute("PUT", "/uploads/:uploadId", receiveBulkUpload),
  openRoute("GET", "/assets/offers/:offerId/:asset", offerAsset),
  openRoute("GET", "/attribution/pixel.png", attributionPixel),
  openRoute("GET", "/surveys/:notificationId", survey),
];
