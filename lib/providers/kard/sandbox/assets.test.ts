import { describe, expect, it } from "vitest";
import { createHarness, ORG, PUBLIC_BASE, type Harness } from "@/lib/providers/kard/testing/sandbox-harness";
import { NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";

/** Offer images and the attribution pixel the sandbox serves, with image-based attribution. */
async function firstOfferLogo(h: Harness): Promise<string> {
  const result = await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/offers?page[size]=1`);
  return (result.body as { data: { attributes: { assets: { url: string }[] } }[] }).data[0].attributes.assets[0].url;
}

async function get(h: Harness, url: string) {
  return h.read(await h.raw("GET", url.slice(PUBLIC_BASE.length)));
}

describe("assets and image-based attribution", () => {
  it("serves the offer logo and records IMPRESSION/BROWSE when the URL carries them", async () => {
    const h = createHarness();
    const logo = await firstOfferLogo(h);
    const plain = await get(h, logo);
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toBe("image/svg+xml");
    expect(plain.headers.get("cache-control")).toBe("no-store");
    expect((await get(h, `${logo}&eventCode=IMPRESSION&medium=BROWSE`)).status).toBe(200);
    const state = await h.control("state");
    expect(state.attributions).toEqual([expect.objectContaining({ userId: NEW_CUSTOMER, eventCode: "IMPRESSION", medium: "BROWSE", via: "image", type: "offerAttribution" })]);
  });

  it("answers 400 with a description for an invalid eventCode or medium, and for a forged token", async () => {
    const h = createHarness();
    const logo = await firstOfferLogo(h);
    const badCode = await get(h, `${logo}&eventCode=CLICK&medium=BROWSE`);
    expect(badCode.status).toBe(400);
    expect(badCode.text).toMatch(/Invalid eventCode 'CLICK'/);
    expect((await get(h, `${logo}&eventCode=VIEW&medium=PUSH`)).status).toBe(400);
    expect((await get(h, logo.replace(/token=[^&]+/, "token=forged.sig"))).status).toBe(400);
  });

  it("serves the notification pixel and records VIEW/PUSH", async () => {
    const h = createHarness();
    await h.subscribe(["earnedRewardApproved"]);
    await h.api("POST", `${ORG}/transactions`, {
      body: {
        data: [
          {
            type: "transaction",
            id: "e1",
            attributes: {
              userId: NEW_CUSTOMER, amount: 5000, status: "APPROVED", currency: "USD", description: "BaaS Pro Shops", cardBIN: "123456",
              cardLastFour: "4321", direction: "DEBIT", paymentType: "CARD", transactionId: "p1", authorizationDate: "2026-03-10T15:00:00Z",
            },
          },
        ],
      },
    });
    const [notification] = (await h.control("notifications")).data as { payload: { data: { id: string; attributes: { attributionUrl: string } } } }[];
    const pixel = await get(h, `${notification.payload.data.attributes.attributionUrl}&eventCode=VIEW&medium=PUSH`);
    expect(pixel.status).toBe(200);
    expect(pixel.headers.get("content-type")).toBe("image/png");
    const state = await h.control("state");
    expect(state.attributions).toEqual([expect.objectContaining({ type: "notificationAttribution", entityId: notification.payload.data.id, eventCode: "VIEW", medium: "PUSH" })]);
  });
});
