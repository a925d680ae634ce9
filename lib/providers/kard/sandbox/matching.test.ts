import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { cardTransaction, createHarness, ORG, TEST_NOW, WEBHOOK_URL, type Harness } from "@/lib/providers/kard/testing/sandbox-harness";
import { LAPSED_CUSTOMER, NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { kardSpec, type KardSpec } from "@/lib/providers/kard/testing/openapi";

/**
 * Transaction matching → notifications, as the guide's "Testing The User Experiences" flow and
 * "Transaction CLO Matching" describe; every webhook body is checked against the document's
 * webhook schema and its notify-signature recomputed with the documented recipe.
 */
const ALL_EVENTS = ["earnedRewardApproved", "earnedRewardSettled", "validTransaction", "failedTransaction", "clawback", "auditUpdate", "fileProcessingResult"];
const at = TEST_NOW;
const BAAS = "654d3fce9587960008944c61";
const SUNRISE = "66a1f0c2b7e4d90012ab3013";
const HILLTOP = "66a1f0c2b7e4d90012ab3001";
const CINEMA = "66a1f0c2b7e4d90012ab3007";

let spec: KardSpec;
beforeAll(async () => {
  spec = await kardSpec();
});

interface Delivered {
  type: string;
  body: { data: { type: string; id: string; attributes: Record<string, unknown>; relationships?: Record<string, { data: { type: string; id: string } }> }; meta: unknown };
}

async function setup(): Promise<Harness> {
  const h = createHarness();
  expect((await h.subscribe(ALL_EVENTS)).status).toBe(201);
  return h;
}

async function send(h: Harness, ...events: unknown[]) {
  const result = await h.api("POST", `${ORG}/transactions`, { body: { data: events } });
  expect(result.status, result.text).toBe(202);
  return result;
}

/** Webhooks delivered so far, each verified (schema + signature) before it is returned. */
async function delivered(h: Harness): Promise<Delivered[]> {
  await h.control("notifications");
  return h.deliveries.map((d) => {
    expect(d.url).toBe(WEBHOOK_URL);
    expect(d.headers.get("content-type")).toBe("application/json");
    const expected = createHmac("sha256", "kard_sandbox_webhook_key").update(d.body).digest("base64");
    expect(d.headers.get("notify-signature")).toBe(expected);
    const body = JSON.parse(d.body);
    expect(spec.webhookProblems(body)).toEqual([]);
    return { type: body.data.type, body };
  });
}

const baas = (id: string, status: "APPROVED" | "SETTLED" | "REVERSED" | "DECLINED" | "RETURNED", amount = 10000, transactionId = "purchase-1") =>
  cardTransaction({ id, transactionId, userId: NEW_CUSTOMER, description: "BAAS PRO SHOPS #0412 ATLANTA GA", status, amount, at });

describe("dual-message transactions", () => {
  it("APPROVED then SETTLED at an eligible merchant → earnedRewardApproved, then earnedRewardSettled with the commission", async () => {
    const h = await setup();
    await send(h, baas("evt-1", "APPROVED"));
    let events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["earnedRewardApproved"]);
    const approved = events[0].body;
    expect(approved.data.attributes.message).toBe("Congrats! You have earned a pending reward on your purchase at BaaS Pro Shops!");
    expect(approved.data.relationships).toEqual({
      user: { data: { type: "user", id: NEW_CUSTOMER } },
      transaction: { data: { type: "transaction", id: "purchase-1" } },
    });
    expect(approved.meta).toEqual({ issuerId: "org_sandbox", issuerName: "sandbox" });

    await send(h, baas("evt-2", "SETTLED"));
    events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["earnedRewardApproved", "earnedRewardSettled"]);
    const settled = events[1].body.data;
    expect(settled.attributes.commissionEarned).toEqual({ type: "cents", value: 2000 });
    expect(settled.attributes.message).toBe("Congrats! You have earned a $20.00 reward on your purchase at BaaS Pro Shops!");

    const rewards = await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/earned-rewards`);
    const data = (rewards.body as { data: { attributes: Record<string, unknown> }[] }).data;
    expect(data).toHaveLength(1);
    expect(data[0].attributes).toMatchObject({
      status: "SETTLED",
      transactionId: "purchase-1",
      transactionAmountInCents: 10000,
      paidToIssuer: "UNPAID",
      commissionEarned: { issuer: { type: "cents", value: 2500 }, user: { type: "cents", value: 2000 } },
    });
  });

  it.each(["REVERSED", "DECLINED", "RETURNED"] as const)("APPROVED then %s → clawback", async (status) => {
    const h = await setup();
    await send(h, baas("evt-1", "APPROVED"), baas("evt-2", status));
    const events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["earnedRewardApproved", "clawback"]);
    expect(events[1].body.data.attributes.reason).toBe(`Transaction ${status}`);
    expect(events[1].body.data.relationships?.offer.data.id).toBe(BAAS);
  });

  it("a settled reward that is returned disappears from earned rewards", async () => {
    const h = await setup();
    await send(h, baas("evt-1", "SETTLED"), baas("evt-2", "RETURNED"));
    expect((await delivered(h)).map((e) => e.type)).toEqual(["earnedRewardSettled", "clawback"]);
    const rewards = await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/earned-rewards`);
    expect((rewards.body as { data: unknown[] }).data).toEqual([]);
  });

  it("a description that names no merchant produces no notification", async () => {
    const h = await setup();
    await send(h, cardTransaction({ id: "evt-1", userId: NEW_CUSTOMER, description: "CITY PARKING METER 12", status: "APPROVED", amount: 500, at }));
    expect(await delivered(h)).toEqual([]);
  });
});

describe("offer rules", () => {
  it("an activation offer fails until the user activates it, then earns", async () => {
    const h = await setup();
    const coffee = (id: string) => cardTransaction({ id, userId: NEW_CUSTOMER, description: "SUNRISE COFFEE ROASTERS", status: "APPROVED", amount: 1200, at });
    await send(h, coffee("evt-1"));
    expect((await h.api("POST", `${ORG}/users/${NEW_CUSTOMER}/offers/${SUNRISE}/activate`)).status).toBe(201);
    await send(h, coffee("evt-2"));
    const events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["failedTransaction", "earnedRewardApproved"]);
    expect(events[0].body.data.attributes.reason).toBe("Offer was not activated before the purchase");
  });

  it("a local offer needs one of its MIDs on the transaction; local rewards carry a survey URL", async () => {
    const h = await setup();
    const bbq = (id: string, merchantId?: string) =>
      cardTransaction({ id, userId: NEW_CUSTOMER, description: "Hilltop BBQ", status: "APPROVED", amount: 10000, at, merchantId });
    await send(h, bbq("evt-1"), bbq("evt-2", "542814140150267"));
    const events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["failedTransaction", "earnedRewardApproved"]);
    expect(events[0].body.data.attributes.reason).toBe("Merchant ID (MID) is required for local offers");
    expect(events[0].body.data.relationships?.offer.data.id).toBe(HILLTOP);
    expect(events[1].body.data.attributes.surveyUrl).toMatch(/^http:\/\/console\.test\/sandbox\/kard\/surveys\//);
  });

  it("a FLAT reward below the minimum amount fails with the reason", async () => {
    const h = await setup();
    await send(h, baas("evt-1", "APPROVED", 1000));
    const [event] = await delivered(h);
    expect(event.type).toBe("failedTransaction");
    expect(event.body.data.attributes.reason).toBe("Transaction amount is below the offer minimum of $25.00");
  });

  it("multiple settlements: PERCENT earns on each settled amount, FLAT once", async () => {
    const h = await setup();
    const hilltop = (id: string, status: "APPROVED" | "SETTLED", amount: number) =>
      cardTransaction({ id, transactionId: "order-9", userId: NEW_CUSTOMER, description: "Hilltop BBQ", status, amount, at, merchantId: "542814140150267" });
    await send(h, hilltop("a", "APPROVED", 10000), hilltop("s1", "SETTLED", 7500), hilltop("s2", "SETTLED", 2500));
    await send(h, baas("b-a", "APPROVED", 10000, "order-10"), baas("b-s1", "SETTLED", 7500, "order-10"), baas("b-s2", "SETTLED", 2500, "order-10"));
    const settled = (await delivered(h)).filter((e) => e.type === "earnedRewardSettled").map((e) => e.body.data.attributes.commissionEarned);
    // Hilltop BBQ: 10 % of 75.00 and of 25.00; BaaS Pro Shops: $20 once.
    expect(settled).toEqual([
      { type: "cents", value: 750 },
      { type: "cents", value: 250 },
      { type: "cents", value: 2000 },
    ]);
  });

  it("a multi-redemption offer stops earning at maxRedemptions", async () => {
    const h = await setup();
    const movie = (n: number) => cardTransaction({ id: `m${n}`, userId: NEW_CUSTOMER, description: "CINEMA PARADISO 7TH AVE", status: "SETTLED", amount: 1800, at });
    await send(h, movie(1), movie(2), movie(3), movie(4));
    const events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["earnedRewardSettled", "earnedRewardSettled", "earnedRewardSettled", "failedTransaction"]);
    expect(events[3].body.data.attributes.reason).toBe("Offer redemption limit reached");
    expect(events[3].body.data.relationships?.offer.data.id).toBe(CINEMA);
  });
});

describe("other transaction types", () => {
  it("a single-message coreTransaction earns a settled reward", async () => {
    const h = await setup();
    await send(h, {
      type: "coreTransaction",
      id: "core-1",
      attributes: {
        userId: NEW_CUSTOMER,
        transactionId: "core-purchase-1",
        amount: 5000,
        currency: "USD",
        description: "GRAND AVENUE DEPT STORE",
        direction: "DEBIT",
        status: "SETTLED",
        settledDate: at.toISOString(),
        authorizationDate: at.toISOString(),
        cardLastFours: ["4321"],
      },
    });
    const [event] = await delivered(h);
    expect(event.type).toBe("earnedRewardSettled");
    expect(event.body.data.attributes.commissionEarned).toEqual({ type: "cents", value: 250 });
  });

  it("a matchedTransaction is validated: validTransaction when it qualifies, failedTransaction when it does not", async () => {
    const h = await setup();
    const matched = (id: string, amount: number) => ({
      type: "matchedTransaction",
      id,
      attributes: {
        userId: NEW_CUSTOMER,
        amount,
        description: "BaaS Pro Shops",
        authorizationDate: at.toISOString(),
        paymentType: "CARD",
        cardLastFour: "4321",
        direction: "DEBIT",
        transactionId: `purchase-${id}`,
        matchedOfferId: BAAS,
      },
    });
    await send(h, matched("ok", 5000));
    await send(h, { ...matched("low", 1000), attributes: { ...matched("low", 1000).attributes, matchedOfferId: "66a1f0c2b7e4d90012ab3004" } });
    const events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["validTransaction", "failedTransaction"]);
    expect(events[0].body.data.attributes.commissionEarned).toEqual({ issuer: { type: "cents", value: 2500 }, user: { type: "cents", value: 2000 } });
    expect(events[0].body.data.relationships?.offer.data.id).toBe(BAAS);
    expect(events[1].body.data.attributes.reason).toBe("Transaction amount is below the offer minimum of $15.00");
  });

  it("flagging a rewarded transaction as fraudulent claws it back", async () => {
    const h = await setup();
    await send(h, baas("evt-1", "SETTLED"));
    const flagged = await h.api("POST", `${ORG}/fraud`, { body: { data: [{ id: "purchase-1", type: "fraudulentTransaction", attributes: { userId: NEW_CUSTOMER } }] } });
    expect(flagged.status).toBe(200);
    const events = await delivered(h);
    expect(events.map((e) => e.type)).toEqual(["earnedRewardSettled", "clawback"]);
    expect(events[1].body.data.attributes.reason).toBe("Transaction was flagged as fraudulent");
  });
});

describe("targeting", () => {
  it("a new-customer offer stops being offered once the user has bought there", async () => {
    const h = await setup();
    const names = async () =>
      ((await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/offers?page[size]=100`)).body as { data: { id: string }[] }).data.map((o) => o.id);
    expect(await names()).toContain(BAAS);
    await send(h, baas("evt-1", "SETTLED"));
    expect(await names()).not.toContain(BAAS);
  });

  it("the lapsed persona sees its lapsed-customer offers, the new persona does not", async () => {
    const h = createHarness();
    const targeted = async (userId: string) =>
      ((await h.api("GET", `${ORG}/users/${userId}/offers?filter[isTargeted]=true&page[size]=100`)).body as { data: { attributes: { name: string } }[] }).data.map((o) => o.attributes.name);
    const lapsed = await targeted(LAPSED_CUSTOMER);
    const fresh = await targeted(NEW_CUSTOMER);
    for (const name of ["Worlds Greatest Chicken", "Stride Athletic Footwear", "Maple & Main", "Summit Outdoor Gear"]) {
      expect(lapsed).toContain(name);
      expect(fresh).not.toContain(name);
    }
    expect(fresh).toContain("BaaS Pro Shops");
  });
});

describe("audits", () => {
  it("creating an audit sends auditUpdate NEW; closing it sends the resolution", async () => {
    const h = await setup();
    await send(h, baas("evt-1", "APPROVED"));
    const created = await h.api("POST", `${ORG}/users/${NEW_CUSTOMER}/audits`, {
      body: { data: [{ type: "audit", attributes: { auditCode: 3006, merchantName: "BaaS Pro Shops", auditDescription: "reward missing", transactionId: "purchase-1" } }] },
    });
    const auditId = (created.body as { data: { id: string }[] }).data[0].id;
    await h.control("resolve-audit", { auditId, status: "CLOSED", resolutionCode: 5009, resolutionDescription: "No change needed" });
    const audits = (await delivered(h)).filter((e) => e.type === "auditUpdate").map((e) => e.body.data);
    expect(audits.map((a) => a.attributes.status)).toEqual(["NEW", "CLOSED"]);
    expect(audits[1].attributes).toMatchObject({ auditCode: 3006, transactionId: "purchase-1", resolutionCode: 5009, resolutionDescription: "No change needed" });
    expect(audits[1].relationships).toEqual({ user: { data: { type: "user", id: NEW_CUSTOMER } }, audit: { data: { type: "audit", id: auditId } } });
  });
});

describe("delivery", () => {
  it("records failed deliveries without failing the API call, and re-delivers on deliver-pending", async () => {
    const h = createHarness({ webhookStatus: 500 });
    await h.subscribe(["earnedRewardApproved"]);
    await send(h, baas("evt-1", "APPROVED"));
    type Listed = { status: string; deliveries: { httpStatus: number }[] }[];
    let list = (await h.control("notifications")).data as Listed;
    expect(list.map((n) => n.status)).toEqual(["failed"]);
    await h.control("deliver-pending");
    list = (await h.control("notifications")).data as Listed;
    expect(list[0].deliveries.map((d) => d.httpStatus)).toEqual([500, 500]);
  });

  it("keeps notifications without a subscription and delivers them once one exists", async () => {
    const h = createHarness();
    await send(h, baas("evt-1", "APPROVED"));
    expect(((await h.control("notifications")).data as { status: string }[])[0].status).toBe("no-subscription");
    expect(h.deliveries).toEqual([]);
    await h.subscribe(["earnedRewardApproved"]);
    await h.control("deliver-pending");
    expect(((await h.control("notifications")).data as { status: string }[])[0].status).toBe("delivered");
    expect(h.deliveries).toHaveLength(1);
  });

  it("a disabled subscription receives nothing", async () => {
    const h = createHarness();
    const created = await h.subscribe(["earnedRewardApproved"]);
    const id = (created.body as { data: { id: string }[] }).data[0].id;
    await h.api("PATCH", `${ORG}/subscriptions/${id}`, { body: { data: { type: "subscription", attributes: { enabled: false } } } });
    await send(h, baas("evt-1", "APPROVED"));
    await h.control("notifications");
    expect(h.deliveries).toEqual([]);
  });
});

describe("webhook conformance", () => {
  it("every notification type the sandbox sends conforms to the document's webhook schema", async () => {
    const h = await setup();
    const coffee = cardTransaction({ id: "c", transactionId: "purchase-2", userId: NEW_CUSTOMER, description: "SUNRISE COFFEE", status: "APPROVED", amount: 900, at });
    await send(h, baas("a", "APPROVED"), baas("s", "SETTLED"), baas("r", "RETURNED"), coffee);
    await send(h, {
      type: "matchedTransaction",
      id: "m",
      attributes: { userId: NEW_CUSTOMER, amount: 4000, description: "Glow Apothecary", authorizationDate: at.toISOString(), paymentType: "CARD", cardLastFour: "4321", direction: "DEBIT", transactionId: "m-1", matchedOfferId: "66a1f0c2b7e4d90012ab3014" },
    });
    await h.api("POST", `${ORG}/users/${NEW_CUSTOMER}/audits`, {
      body: { data: [{ type: "audit", attributes: { auditCode: 8001, merchantName: "BaaS Pro Shops", auditDescription: "duplicate transaction", transactionId: "purchase-2" } }] },
    });
    const upload = await h.api("POST", `${ORG}/transactions/uploads`, { body: { data: [{ type: "incomingTransactionsFile", attributes: { filename: "empty.jsonl" } }] } });
    const url = (upload.body as { data: { attributes: { url: string } }[] }).data[0].attributes.url;
    await h.raw("PUT", url.replace("http://console.test/sandbox/kard", ""), { rawBody: "" });
    const types = new Set((await delivered(h)).map((e) => e.type));
    expect(types).toEqual(new Set(ALL_EVENTS));
  });

  it("the guide's older earnedRewardApproved example (no transaction relationship) fails the schema, which wins", async () => {
    const guideExample = {
      data: {
        type: "earnedRewardApproved",
        attributes: { attributionUrl: "www.attribution.com/token", message: "Congrats!", name: "BaaS Pro Shops", surveyUrl: "www.survey.com" },
        id: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
        relationships: { user: { data: { type: "user", id: NEW_CUSTOMER } } },
      },
    };
    expect(spec.webhookProblems(guideExample).join("\n")).toMatch(/transaction/);
  });
});
