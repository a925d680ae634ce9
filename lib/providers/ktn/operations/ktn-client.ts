import { providerConfig } from "@/lib/providers/registry";
import { createKtnClient, type KtnClient } from "../client";

/** The KTN client for this request: live with KTN_API_KEY, the sandbox otherwise. */
export function ktnClient(): KtnClient {
  const config = providerConfig("ktn");
  return createKtnClient({ baseUrl: config.baseUrl, apiKey: config.credentials.apiKey, fetch: config.fetch });
}
