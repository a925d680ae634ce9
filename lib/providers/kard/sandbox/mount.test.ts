import { afterEach, describe, expect, it } from "vitest";
import { resetSandbox } from "@/lib/sandbox/mount";
import { sandboxFetch } from "@/lib/sandbox/sandbox-fetch";
import { basicAuth } from "@/lib/providers/kard/testing/sandbox-harness";

/**
 * Through the console's mount (`/sandbox/kard/…`, prefix stripped): the URLs the sandbox hands
 * out point back under the mount and work through the same in-process fetch.
 */
const BASE = "http://localhost:3000/sandbox/kard";

afterEach(() => resetSandbox("kard"));

describe("Kard sandbox behind /sandbox/kard", () => {
  it("hands out download URLs under the mount that sandboxFetch can follow", async () => {
    const tokenResponse = await sandboxFetch(`${BASE}/v2/auth/token`, {
      method: "POST",
      headers: { authorization: basicAuth(), "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(tokenResponse.status).toBe(200);
    const { access_token } = (await tokenResponse.json()) as { access_token: string };

    const listing = await sandboxFetch(`${BASE}/v2/issuers/org_sandbox/files/metadata?page[size]=1&filter[fileType]=earnedRewardApprovedDailyReconciliationFile`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(listing.status).toBe(200);
    const { data } = (await listing.json()) as { data: { attributes: { downloadUrl: string } }[] };
    const downloadUrl = data[0].attributes.downloadUrl;
    expect(downloadUrl.startsWith(`${BASE}/files/`)).toBe(true);
    const download = await sandboxFetch(downloadUrl);
    expect(download.status).toBe(200);
    expect(((await download.json()) as { organizationId: string }).organizationId).toBe("org_sandbox");
  });
});
