import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { cardTransaction, createHarness, ORG, PUBLIC_BASE, TEST_NOW, type Harness } from "@/lib/providers/kard/testing/sandbox-harness";
import { NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { kardSpec, type KardSpec } from "@/lib/providers/kard/testing/openapi";

/** Reconciliation files with sandbox-served downloads, bulk upload URLs and historical uploads. */
interface FilesJson {
  data: { type: string; id: string; attributes: { fileName: string; sentAt: string; downloadUrl: string } }[];
  links: { next?: string };
  meta: { pageSize: number; hasNextPage: boolean };
}

let spec: KardSpec;
beforeAll(async () => {
  spec = await kardSpec();
});

const DAY = 86_400;
const baas = (id: string, status: "APPROVED" | "SETTLED", amount = 10000) =>
  cardTransaction({ id, transactionId: "purchase-1", userId: NEW_CUSTOMER, description: "BaaS Pro Shops", status, amount, at: TEST_NOW });

/** GETs or PUTs a URL the sandbox handed out (they live under its public base). */
async function follow(h: Harness, url: string, init: { method?: string; rawBody?: BodyInit } = {}) {
  expect(url.startsWith(PUBLIC_BASE)).toBe(true);
  return h.read(await h.raw(init.method ?? "GET", url.slice(PUBLIC_BASE.length), { rawBody: init.rawBody }));
}

async function files(h: Harness, query: string): Promise<FilesJson> {
  const result = await h.api("GET", `${ORG}/files/metadata?${query}`);
  expect(result.status, result.text).toBe(200);
  expect(spec.responseProblems("files_getMetadata", 200, result.body)).toEqual([]);
  return result.body as FilesJson;
}

describe("reconciliation files", () => {
  it("publishes yesterday's daily files with what happened that day, downloadable for 30 minutes", async () => {
    const h = createHarness();
    await h.api("POST", `${ORG}/transactions`, { body: { data: [baas("e1", "APPROVED"), baas("e2", "SETTLED")] } });
    expect((await files(h, "filter[fileType]=earnedRewardSettledDailyReconciliationFile&filter[dateFrom]=2026-03-10T12:00:00Z")).data).toEqual([]);

    await h.control("advance-clock", { seconds: DAY });
    const listing = await files(h, "filter[fileType]=earnedRewardSettledDailyReconciliationFile&sort=-sentDate");
    const today = listing.data[0];
    expect(today.attributes.fileName).toBe("cardlinked-reconciliation-260310-settled.json");
    expect(today.attributes.sentAt).toBe("2026-03-11T09:30:00.000Z");

    const download = await follow(h, today.attributes.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="cardlinked-reconciliation-260310-settled.json"');
    const content = download.body as { reportDate: string; records: Record<string, unknown>[] };
    expect(content.reportDate).toBe("2026-03-10");
    expect(content.records).toEqual([
      expect.objectContaining({
        eventType: "earnedRewardSettled",
        transactionId: "purchase-1",
        merchantName: "BaaS Pro Shops",
        transactionAmountInCents: 10000,
        commissionEarned: { issuer: { type: "cents", value: 2500 }, user: { type: "cents", value: 2000 } },
      }),
    ]);

    await h.control("advance-clock", { seconds: 31 * 60 });
    expect((await follow(h, today.attributes.downloadUrl)).status).toBe(403);
    expect((await follow(h, today.attributes.downloadUrl.replace(/signature=./, "signature=X"))).status).toBe(403);
  });

  it("publishes the monthly CSV on the 15th: PENDING rewards first, PAID_IN_FULL in the month they are paid", async () => {
    const h = createHarness();
    await h.api("POST", `${ORG}/transactions`, { body: { data: [baas("e1", "SETTLED")] } });
    const monthly = async (fileName: string) => {
      const list = await files(h, "filter[fileType]=monthlyReconciliationFile&filter[dateFrom]=2026-01-01&page[size]=100");
      const file = list.data.find((f) => f.attributes.fileName === fileName);
      expect(file, fileName).toBeDefined();
      const csv = await follow(h, file!.attributes.downloadUrl);
      return Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
    };
    h.setNow(new Date("2026-04-16T12:00:00Z"));
    const march = await monthly("cardlinked-reconciliation-2603.csv");
    expect(march).toEqual([expect.objectContaining({ transactionId: "purchase-1", userCommissionInCents: "2000", issuerCommissionInCents: "2500", paymentStatus: "PENDING", payoutTimestamp: "" })]);
    h.setNow(new Date("2026-05-16T12:00:00Z"));
    const april = await monthly("cardlinked-reconciliation-2604.csv");
    expect(april).toEqual([expect.objectContaining({ transactionId: "purchase-1", paymentStatus: "PAID_IN_FULL", payoutTimestamp: "2026-05-15T00:00:00.000Z" })]);
    const rewards = await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/earned-rewards`);
    expect((rewards.body as { data: { attributes: { paidToIssuer: string } }[] }).data[0].attributes.paidToIssuer).toBe("PAID_IN_FULL");
  });

  it("pages with meta.hasNextPage and filters by date", async () => {
    const h = createHarness();
    const first = await files(h, "page[size]=4");
    expect(first.meta).toEqual({ pageSize: 4, hasNextPage: true });
    const second = (await h.api("GET", first.links.next as string)).body as FilesJson;
    expect(second.data.map((f) => f.id)).not.toContain(first.data[0].id);
    expect((await h.api("GET", `${ORG}/files/metadata?filter[dateFrom]=yesterday`)).status).toBe(400);
    expect((await h.api("GET", `${ORG}/files/metadata?filter[dateFrom]=2026-03-10&filter[dateTo]=2026-03-01`)).status).toBe(400);
  });

  it("regenerates a day on demand through the control surface", async () => {
    const h = createHarness();
    await h.api("POST", `${ORG}/transactions`, { body: { data: [baas("e1", "APPROVED")] } });
    const generated = (await h.control("generate-files", { date: "2026-03-10" })).data as { fileName: string }[];
    expect(generated.map((f) => f.fileName)).toEqual([
      "cardlinked-reconciliation-260310-approved.json",
      "cardlinked-reconciliation-260310-settled.json",
      "cardlinked-reconciliation-260310-validated.json",
    ]);
    const listing = await files(h, "filter[fileType]=earnedRewardApprovedDailyReconciliationFile");
    const content = (await follow(h, listing.data[0].attributes.downloadUrl)).body as { records: unknown[] };
    expect(content.records).toHaveLength(1);
  });
});

describe("bulk transaction uploads", () => {
  const core = (id: string, userId = NEW_CUSTOMER) => ({
    type: "coreTransaction",
    id,
    attributes: {
      userId,
      transactionId: `core-${id}`,
      amount: 4000,
      currency: "USD",
      description: "GLOW APOTHECARY ONLINE",
      direction: "DEBIT",
      status: "SETTLED",
      settledDate: TEST_NOW.toISOString(),
      authorizationDate: TEST_NOW.toISOString(),
    },
  });

  async function uploadUrl(h: Harness, type = "incomingTransactionsFile", filename = "transactions_1.jsonl.gz") {
    const result = await h.api("POST", `${ORG}/transactions/uploads`, { body: { data: [{ type, attributes: { filename } }] } });
    expect(result.status).toBe(201);
    return (result.body as { data: { attributes: { url: string; expiresIn: number } }[] }).data[0].attributes;
  }

  it("processes a gzip JSONL file PUT to the presigned URL and reports the result by webhook", async () => {
    const h = createHarness();
    await h.subscribe(["fileProcessingResult", "earnedRewardSettled"]);
    const { url, expiresIn } = await uploadUrl(h);
    expect(expiresIn).toBe(900);
    const jsonl = [JSON.stringify(core("c1")), JSON.stringify(core("c2", "nobody")), "{oops"].join("\n");
    const put = await follow(h, url, { method: "PUT", rawBody: gzipSync(jsonl) });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ accepted: 1, rejected: 2 });

    const notifications = (await h.control("notifications")).data as { type: string; payload: { data: { attributes: { downloadUrl: string } } } }[];
    expect(notifications.map((n) => n.type)).toEqual(["earnedRewardSettled", "fileProcessingResult"]);
    for (const n of notifications) expect(spec.webhookProblems(n.payload)).toEqual([]);
    const result = await follow(h, notifications[1].payload.data.attributes.downloadUrl);
    expect(result.body).toMatchObject({ accepted: 1, rejected: [{ line: 2, detail: "user 'nobody' is not enrolled" }, { line: 3, detail: "not valid JSON" }] });
    expect((await follow(h, url, { method: "PUT", rawBody: jsonl })).status).toBe(409);
  });

  it("refuses an upload after the URL expired, and filenames that are not JSONL or gzip", async () => {
    const h = createHarness();
    const { url } = await uploadUrl(h);
    await h.control("advance-clock", { seconds: 901 });
    expect((await follow(h, url, { method: "PUT", rawBody: JSON.stringify(core("c1")) })).status).toBe(403);
    const bad = await h.api("POST", `${ORG}/transactions/uploads`, { body: { data: [{ type: "incomingTransactionsFile", attributes: { filename: "t.csv" } }] } });
    expect(bad.status).toBe(400);
  });
});

describe("historical uploads", () => {
  it("records past purchases: the user is no longer a new customer there, and historicalTransactionsSent is set", async () => {
    const h = createHarness();
    const user = `${ORG}/users/${NEW_CUSTOMER}`;
    const offers = async () => ((await h.api("GET", `${user}/offers?page[size]=100`)).body as { data: { attributes: { name: string } }[] }).data.map((o) => o.attributes.name);
    expect(await offers()).toContain("BaaS Pro Shops");

    const created = await h.api("POST", `${user}/uploads`, { body: { data: { type: "historicalTransactionStart", attributes: {} } } });
    const uploadId = (created.body as { data: { id: string } }).data.id;
    const past = cardTransaction({ id: "hist-1", userId: NEW_CUSTOMER, description: "BaaS Pro Shops", status: "SETTLED", amount: 8000, at: new Date("2025-12-01T12:00:00Z") });
    const part = await h.api("PUT", `${user}/uploads/${uploadId}/parts`, { body: { data: [{ ...past, type: "historicalTransaction" }] } });
    expect(part.body).toEqual({ data: [{ type: "historicalTransaction", id: "hist-1", attributes: {} }] });
    const done = await h.api("PUT", `${user}/uploads/${uploadId}`, { body: { data: { type: "historicalTransactionComplete", id: uploadId, attributes: {} } } });
    expect(done.status).toBe(200);

    expect(await offers()).not.toContain("BaaS Pro Shops");
    const me = (await h.api("GET", user)).body as { data: { attributes: { historicalTransactionsSent?: boolean } } };
    expect(me.data.attributes.historicalTransactionsSent).toBe(true);
    expect((await h.control("notifications")).data).toEqual([]);
    const late = await h.api("PUT", `${user}/uploads/${uploadId}/parts`, { body: { data: [{ ...past, id: "hist-2", type: "historicalTransaction" }] } });
    expect(late.status).toBe(400);
  });
});
