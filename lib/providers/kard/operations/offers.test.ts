import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetSandbox } from "@/lib/sandbox/mount";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { distanceMiles, nearbyLocations } from "./locations";
import { pressOfferCta, recordOfferView } from "./offer-actions";
import { browseOffers, ctaActionOf } from "./offers";
import { OPERATOR, kardSandboxState } from "@/lib/providers/kard/testing/operations";
import { BAAS_PRO_SHOPS, LAPSED_CUSTOMER, NEW_CUSTOMER, SUNRISE_COFFEE } from "@/lib/providers/kard/testing/personas";

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  resetSandbox("kard");
  await db.auditEvent.deleteMany();
});

async function allOffers(userId: string, filters: Omit<Parameters<typeof browseOffers>[0], "userId"> = {}) {
  const offers = [];
  let after: string | undefined;
  do {
    const page = await browseOffers({ userId, ...filters, after, pageSize: 10 });
    offers.push(...page.offers);
    after = page.next ?? undefined;
  } while (after);
  return offers;
}

describe("browseOffers", () => {
  it("pages through the user's offers with every Extended API component and the category names", async () => {
    const first = await browseOffers({ userId: NEW_CUSTOMER, pageSize: 5 });
    expect(first.offers).toHaveLength(5);
    expect(first.next).toBeTruthy();
    expect(first.prev).toBeNull();
    const second = await browseOffers({ userId: NEW_CUSTOMER, pageSize: 5, after: first.next! });
    expect(second.offers.map((o) => o.id)).not.toContain(first.offers[0].id);
    expect(second.prev).toBeTruthy();

    const offers = await allOffers(NEW_CUSTOMER);
    const baas = offers.find((o) => o.id === BAAS_PRO_SHOPS.id)!;
    expect(baas).toMatchObject({ name: "BaaS Pro Shops", categories: ["Sports & Outdoors"], userReward: { type: "FLAT", value: 20 }, isTargeted: true, ctaAction: null });
    expect(baas.components).toMatchObject({ baseReward: "$20.00 cash back", shortDescription: "Single use", tags: expect.any(Array) });
    expect(offers.find((o) => o.id === SUNRISE_COFFEE.id)).toMatchObject({ ctaAction: "activate", components: { cta: { buttonStyle: "PRIMARY" } } });
    expect(first.availableCategories).toEqual([...first.availableCategories].sort());
    expect(first.availableCategories).toContain("Food & Beverage");
  });

  it("filters by category and purchase channel", async () => {
    const food = await allOffers(NEW_CUSTOMER, { category: "Food & Beverage" });
    expect(food.length).toBeGreaterThan(0);
    expect(food.every((o) => o.categories.includes("Food & Beverage"))).toBe(true);

    const online = await allOffers(NEW_CUSTOMER, { channel: "ONLINE" });
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((o) => o.purchaseChannel.includes("ONLINE"))).toBe(true);
    expect(online.some((o) => o.id === BAAS_PRO_SHOPS.id)).toBe(false);
  });
});

describe("ctaActionOf", () => {
  it("reads the action from the CTA's documented endpoint and ignores a missing or disabled CTA", () => {
    const cta = (url: string, buttonStyle: "PRIMARY" | "DISABLED" = "PRIMARY") => ({ cta: { buttonText: "Go", buttonStyle, action: { url, method: "POST" } } });
    expect(ctaActionOf(cta("/v2/issuers/o/users/u/offers/x/activate"))).toBe("activate");
    expect(ctaActionOf(cta("/v2/issuers/o/users/u/offers/x/boost?include=offer"))).toBe("boost");
    expect(ctaActionOf(cta("/v2/issuers/o/users/u/offers/x/activate", "DISABLED"))).toBeNull();
    expect(ctaActionOf(cta("/v2/issuers/o/users/u/offers/x/view"))).toBeNull();
    expect(ctaActionOf({})).toBeNull();
  });
});

describe("pressOfferCta", () => {
  it("activates the offer, returns it without its CTA, and audits kard.offer.activate", async () => {
    const result = await pressOfferCta({ userId: NEW_CUSTOMER, offerId: SUNRISE_COFFEE.id, action: "activate" }, OPERATOR);

    expect(result.eventId).toBeTruthy();
    expect(result.offer).toMatchObject({ id: SUNRISE_COFFEE.id, ctaAction: null, components: { detailTags: ["Activated"] } });
    expect(result.offer?.components.cta).toBeUndefined();
    expect((await allOffers(NEW_CUSTOMER)).find((o) => o.id === SUNRISE_COFFEE.id)?.ctaAction).toBeNull();
    const audits = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(audits.map((a) => `${a.action} ${a.outcome}`)).toEqual(["kard.offer.activate REQUESTED", "kard.offer.activate SUCCEEDED"]);
  });

  it("boosts a boostable offer and is refused, audited FAILED, for one that is not", async () => {
    const boostable = (await allOffers(NEW_CUSTOMER)).find((o) => o.ctaAction === "boost")!;
    const boosted = await pressOfferCta({ userId: NEW_CUSTOMER, offerId: boostable.id, action: "boost" }, OPERATOR);
    expect(boosted.offer?.ctaAction).toBeNull();

    await expect(pressOfferCta({ userId: NEW_CUSTOMER, offerId: BAAS_PRO_SHOPS.id, action: "boost" }, OPERATOR)).rejects.toMatchObject({ httpStatus: 400 });
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ action: "kard.offer.boost", outcome: "FAILED", errorCode: "HTTP_400" });
  });
});

describe("recordOfferView", () => {
  it("sends a VIEW / BROWSE offer attribution with the list state and audits it", async () => {
    const at = new Date("2026-02-01T10:00:00.000Z");
    const job = await recordOfferView({ userId: LAPSED_CUSTOMER, offerId: BAAS_PRO_SHOPS.id, rank: 3, filters: [{ name: "category", value: "Sports & Outdoors" }], viewedAt: at }, OPERATOR);

    expect(job).toBeTruthy();
    const { attributions } = await kardSandboxState<{ attributions: Record<string, unknown>[] }>();
    expect(attributions).toEqual([
      expect.objectContaining({ userId: LAPSED_CUSTOMER, type: "offerAttribution", entityId: BAAS_PRO_SHOPS.id, eventCode: "VIEW", medium: "BROWSE", eventDate: at.toISOString(), via: "api" }),
    ]);
    const audits = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(audits.map((a) => `${a.action} ${a.outcome}`)).toEqual(["kard.attribution.create REQUESTED", "kard.attribution.create SUCCEEDED"]);
    expect(audits[0].requestSummary).toContain('"rank":3');
  });
});

describe("nearbyLocations", () => {
  const NYC = { latitude: 40.74201480000001, longitude: -73.9930148 };

  it("returns the user's in-store locations around the point, nearest first, with their offer and hours", async () => {
    const locations = await nearbyLocations({ userId: NEW_CUSTOMER, ...NYC, radius: 10 });

    expect(locations.length).toBeGreaterThan(1);
    expect(locations.map((l) => l.distanceMiles)).toEqual([...locations.map((l) => l.distanceMiles)].sort((a, b) => a - b));
    expect(locations.every((l) => l.distanceMiles <= 10 && l.address.state === "NY")).toBe(true);
    const baas = locations.find((l) => l.offer?.id === BAAS_PRO_SHOPS.id)!;
    expect(baas).toMatchObject({ name: "BaaS Pro Shops", offer: { baseReward: "$20.00 cash back" } });
    expect(baas.weekdayText).toHaveLength(7);
  });

  it("finds nothing far from every location", async () => {
    expect(await nearbyLocations({ userId: NEW_CUSTOMER, latitude: 64.8378, longitude: -147.7164, radius: 5 })).toEqual([]);
  });
});

describe("distanceMiles", () => {
  it("measures great-circle distances", () => {
    expect(distanceMiles({ latitude: 40.7128, longitude: -74.006 }, { latitude: 40.7128, longitude: -74.006 })).toBe(0);
    // New York → Philadelphia is about 80 miles as the crow flies.
    expect(distanceMiles({ latitude: 40.7128, longitude: -74.006 }, { latitude: 39.9526, longitude: -75.1652 })).toBeCloseTo(80.6, 0);
  });
});
