import { describe, expect, it } from "vitest";
import { createHarness, ORG, type Harness } from "@/lib/providers/kard/testing/sandbox-harness";
import { LAPSED_CUSTOMER, NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";

/** Get Offers By User and Get Locations By User: catalogue, filters, sort, cursors, components. */
interface OfferJson {
  id: string;
  attributes: {
    name: string;
    purchaseChannel: string[];
    userReward: { type: string; value: number };
    isTargeted: boolean;
    assets: { type: string; url: string }[];
    components?: Record<string, unknown>;
  };
  relationships: { category: { data: { id: string }[] } };
}
interface ListJson<T> {
  data: T[];
  links: { self: string; prev?: string; next?: string };
  included?: { type: string; id: string; attributes: Record<string, unknown> }[];
  meta?: { availableCategories: { id: string; attributes: { name: string } }[] };
}

const USER = `${ORG}/users/${NEW_CUSTOMER}`;
const SUNRISE = "66a1f0c2b7e4d90012ab3013";
const PAWSOME = "66a1f0c2b7e4d90012ab301b";

async function list<T = OfferJson>(h: Harness, path: string): Promise<ListJson<T>> {
  const result = await h.api("GET", path);
  expect(result.status, result.text).toBe(200);
  return result.body as ListJson<T>;
}

describe("offers", () => {
  it("offers at least 30 offers across categories, channels, reward types and targeting, with assets", async () => {
    const h = createHarness();
    const { data, meta } = await list(h, `${USER}/offers?page[size]=100`);
    expect(data.length).toBeGreaterThanOrEqual(30);
    expect(meta?.availableCategories.length).toBe(17);
    expect(new Set(data.flatMap((o) => o.attributes.purchaseChannel))).toEqual(new Set(["ONLINE", "INSTORE"]));
    expect(new Set(data.map((o) => o.attributes.userReward.type))).toEqual(new Set(["FLAT", "PERCENT"]));
    expect(new Set(data.map((o) => o.attributes.isTargeted))).toEqual(new Set([true, false]));
    for (const offer of data) expect(offer.attributes.assets.map((a) => a.type)).toEqual(["LOGO_IMAGE", "BANNER_IMAGE"]);
  });

  it("walks every page through the next links, and back through prev", async () => {
    const h = createHarness();
    const all = (await list(h, `${USER}/offers?page[size]=100&sort=name`)).data.map((o) => o.id);
    const seen: string[] = [];
    const pages: ListJson<OfferJson>[] = [];
    let path: string | undefined = `${USER}/offers?page[size]=7&sort=name`;
    while (path) {
      const page: ListJson<OfferJson> = await list(h, path);
      pages.push(page);
      expect(page.links.self).toBe(path);
      seen.push(...page.data.map((o) => o.id));
      path = page.links.next;
    }
    expect(seen).toEqual(all);
    expect(pages[0].links).not.toHaveProperty("prev");
    expect(pages.at(-1)?.links).not.toHaveProperty("next");
    expect(pages[1].links.next).toMatch(/^\/v2\/issuers\/org_sandbox\/users\/sandbox-sandbox-new-customer\/offers\?page\[size\]=7&sort=name&page\[after\]=/);
    const back = await list(h, pages[1].links.prev as string);
    expect(back.data.map((o) => o.id)).toEqual(pages[0].data.map((o) => o.id));
  });

  it("rejects a cursor that is not from this result set", async () => {
    const h = createHarness();
    const result = await h.api("GET", `${USER}/offers?page[after]=${Buffer.from("nope").toString("base64url")}`);
    expect(result.status).toBe(400);
    expect((result.body as { errors: { source: unknown }[] }).errors[0].source).toEqual({ parameter: "page[after]" });
  });

  it("filters by search, channel, category and targeting, and sorts", async () => {
    const h = createHarness();
    const search = await list(h, `${ORG}/users/${LAPSED_CUSTOMER}/offers?filter[search]=CHICKEN`);
    expect(search.data.map((o) => o.attributes.name)).toEqual(["Worlds Greatest Chicken"]);
    const online = await list(h, `${USER}/offers?filter[purchaseChannel]=ONLINE&page[size]=100`);
    expect(online.data.length).toBeGreaterThan(5);
    for (const offer of online.data) expect(offer.attributes.purchaseChannel).toContain("ONLINE");
    const pets = await list(h, `${USER}/offers?filter[category]=${encodeURIComponent("Pets")}&include=categories`);
    expect(pets.data.map((o) => o.attributes.name).sort()).toEqual(["Happy Tails Grooming", "Pawsome Pet Supply"]);
    expect(pets.included).toEqual([{ type: "category", id: "65920081b524d126068de24f", attributes: { name: "Pets" } }]);
    expect(pets.meta?.availableCategories.map((c) => c.attributes.name)).toEqual(["Pets"]);
    const untargeted = await list(h, `${USER}/offers?filter[isTargeted]=false&page[size]=100`);
    expect(untargeted.data.every((o) => !o.attributes.isTargeted)).toBe(true);
    const byName = (await list(h, `${USER}/offers?sort=-name&page[size]=100`)).data.map((o) => o.attributes.name);
    expect(byName).toEqual([...byName].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
  });

  it.each([
    ["filter[category]=Food", "filter[category]"],
    ["filter[purchaseChannel]=MAIL", "filter[purchaseChannel]"],
    ["filter[isTargeted]=yes", "filter[isTargeted]"],
    ["supportedComponents=banner", "supportedComponents"],
    ["include=merchants", "include"],
    ["page[size]=0", "page[size]"],
  ])("answers 400 for %s, naming the parameter", async (query, parameter) => {
    const result = await createHarness().api("GET", `${USER}/offers?${query}`);
    expect(result.status).toBe(400);
    expect((result.body as { errors: { source: unknown }[] }).errors[0].source).toEqual({ parameter });
  });

  it("shows a CTA until the offer is activated, then drops it (include=offer refreshes at once)", async () => {
    const h = createHarness();
    const components = "supportedComponents=shortDescription&supportedComponents=longDescription&supportedComponents=cta&supportedComponents=tags&supportedComponents=detailTags&supportedComponents=baseReward";
    const sunrise = async () => (await list(h, `${USER}/offers?filter[search]=sunrise&${components}`)).data[0];
    const before = (await sunrise()).attributes.components;
    expect(before).toMatchObject({
      shortDescription: "Multi-use",
      baseReward: "10% cash back",
      tags: ["New"],
      detailTags: [],
      cta: { buttonText: "Tap to activate", buttonStyle: "PRIMARY", action: { url: `${USER}/offers/${SUNRISE}/activate`, method: "POST" } },
    });
    const activation = await h.api("POST", `${USER}/offers/${SUNRISE}/activate?include=offer&${components}`);
    expect(activation.status).toBe(201);
    const body = activation.body as { data: { attributes: Record<string, unknown> }; included: OfferJson[] };
    expect(body.data.attributes).toMatchObject({ entityId: SUNRISE, eventCode: "ACTIVATE", medium: "CTA" });
    expect(body.included[0].attributes.components).not.toHaveProperty("cta");
    expect(body.included[0].attributes.components).toMatchObject({ detailTags: ["Activated"] });
    expect((await sunrise()).attributes.components).not.toHaveProperty("cta");
  });

  it("description-only clients activate through a VIEW event", async () => {
    const h = createHarness();
    const path = `${USER}/offers?filter[search]=sunrise&supportedComponents=shortDescription&supportedComponents=longDescription`;
    expect((await list(h, path)).data[0].attributes.components).toMatchObject({ shortDescription: "Tap to activate" });
    const view = { type: "offerAttribution", attributes: { entityId: SUNRISE, eventCode: "VIEW", medium: "BROWSE", eventDate: "2026-03-10T14:59:00Z" } };
    expect((await h.api("POST", `${USER}/attributions`, { body: { data: [view] } })).status).toBe(202);
    expect((await list(h, path)).data[0].attributes.components).toEqual({ shortDescription: "Activated", longDescription: "Activated" });
  });

  it("boosting raises the reward and removes the boost CTA", async () => {
    const h = createHarness();
    const path = `${USER}/offers?filter[search]=pawsome&supportedComponents=cta&supportedComponents=boostedReward&supportedComponents=logoFlare`;
    const before = (await list(h, path)).data[0].attributes;
    expect(before.userReward).toEqual({ type: "PERCENT", value: 7 });
    expect(before.components).toMatchObject({ boostedReward: "10% cash back", cta: { buttonText: "Tap to boost" }, logoFlare: { borderColor: "SECONDARY" } });
    expect((await h.api("POST", `${USER}/offers/${PAWSOME}/boost`)).status).toBe(201);
    const after = (await list(h, path)).data[0].attributes;
    expect(after.userReward).toEqual({ type: "PERCENT", value: 10 });
    expect(after.components).not.toHaveProperty("cta");
  });

  it("shows no offers to a user enrolled in no programme", async () => {
    const h = createHarness();
    await h.api("POST", `${ORG}/users`, { body: { data: [{ type: "user", id: "u-none", attributes: { enrolledRewards: [] } }] } });
    expect((await list(h, `${ORG}/users/u-none/offers`)).data).toEqual([]);
  });
});

interface LocationJson {
  id: string;
  attributes: {
    name: string;
    address: { city: string; state: string };
    coordinates: { latitude: number; longitude: number };
    operationHours: { periods: unknown[]; weekdayText: string[] };
  };
  relationships: { offers: { data: { id: string }[] }; category: { data: { id: string }[] } };
}

describe("locations", () => {
  it("finds in-store locations near a point, nearest first, with their offers and opening hours", async () => {
    const h = createHarness();
    const result = await list<LocationJson>(h, `${USER}/locations?filter[latitude]=40.74201480000001&filter[longitude]=-73.9930148&filter[radius]=5&include=offers&supportedComponents=baseReward&page[size]=100`);
    expect(result.data.length).toBeGreaterThan(10);
    // Equirectangular distance: longitude degrees shrink by cos(latitude).
    const distances = result.data.map((l) =>
      Math.hypot(l.attributes.coordinates.latitude - 40.7420148, (l.attributes.coordinates.longitude + 73.9930148) * Math.cos((40.742 * Math.PI) / 180)),
    );
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const location of result.data) {
      expect(location.attributes.address.city).toBe("New York");
      expect(location.attributes.operationHours.weekdayText).toHaveLength(7);
    }
    const offerIds = new Set(result.data.flatMap((l) => l.relationships.offers.data.map((o) => o.id)));
    const included = result.included?.filter((i) => i.type === "standardOffer") ?? [];
    expect(new Set(included.map((o) => o.id))).toEqual(offerIds);
    expect(included.every((o) => typeof (o.attributes.components as { baseReward?: string }).baseReward === "string")).toBe(true);
  });

  it("accepts the guide's plain latitude/longitude query", async () => {
    const h = createHarness();
    const result = await list<LocationJson>(h, `${USER}/locations?longitude=-73.9930148&latitude=40.74201480000001`);
    expect(result.data.length).toBeGreaterThan(0);
  });

  it("filters by city and state, by name, and sorts by name", async () => {
    const h = createHarness();
    const atlanta = await list<LocationJson>(h, `${USER}/locations?filter[city]=Atlanta&filter[state]=GA&sort=-locationName&page[size]=100`);
    expect(atlanta.data.length).toBeGreaterThan(5);
    expect(atlanta.data.every((l) => l.attributes.address.state === "GA")).toBe(true);
    const names = atlanta.data.map((l) => l.attributes.name);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    const bbq = await list<LocationJson>(h, `${USER}/locations?filter[name]=hilltop`);
    expect(bbq.data.map((l) => l.attributes.name)).toEqual(["Hilltop BBQ", "Hilltop BBQ"]);
  });

  it("pages locations with cursors", async () => {
    const h = createHarness();
    const first = await list<LocationJson>(h, `${USER}/locations?page[size]=5`);
    expect(first.data).toHaveLength(5);
    const second = await list<LocationJson>(h, first.links.next as string);
    expect(second.data.map((l) => l.id)).not.toContain(first.data[0].id);
    expect((await list<LocationJson>(h, second.links.prev as string)).data.map((l) => l.id)).toEqual(first.data.map((l) => l.id));
  });
});
