import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { resetSandbox } from "@/lib/sandbox/mount";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { GET as earnedRewardsRoute } from "./earned-rewards/route";
import { GET as locationsRoute } from "./locations/route";
import { GET as offersRoute } from "./offers/route";

/**
 * The user data routes, called as Next calls them, against the in-process Kard sandbox (what the
 * console runs in sandbox mode) with a real database for the session and the audit.
 *
 * "Another bundle": Next bundles lib/providers/provider-error.ts once per route bundle, and the
 * configured Kard client is kept per process (lib/providers/registry.ts), so the ProviderError a
 * route catches may come from another bundle's copy of the class, where `instanceof` is false.
 * `bundles.foreign` is a second copy of that module (a distinct module instance); while it is
 * set, the operations' ProviderErrors are re-thrown as instances of that copy.
 */
const bundles = vi.hoisted(() => {
  type ErrorModule = typeof import("@/lib/providers/provider-error");
  const state = { foreign: null as ErrorModule | null };
  async function fromAnotherBundle<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const own = error as InstanceType<ErrorModule["ProviderError"]>;
      if (!state.foreign || error?.constructor?.name !== "ProviderError") throw error;
      throw new state.foreign.ProviderError({ ...own, message: own.message });
    }
  }
  return { state, fromAnotherBundle };
});

vi.mock("@/lib/providers/kard/operations/offers", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/providers/kard/operations/offers")>();
  return { ...actual, browseOffers: (input: Parameters<typeof actual.browseOffers>[0]) => bundles.fromAnotherBundle(() => actual.browseOffers(input)) };
});
vi.mock("@/lib/providers/kard/operations/earned-rewards", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/providers/kard/operations/earned-rewards")>();
  return { ...actual, earnedRewards: (input: Parameters<typeof actual.earnedRewards>[0]) => bundles.fromAnotherBundle(() => actual.earnedRewards(input)) };
});

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "kard-routes-test" }) }));

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  resetSandbox("kard");
  await db.staffUser.deleteMany();
  const viewer = await db.staffUser.create({ data: { email: "viewer@example.com", name: "Viewer", role: "VIEWER", passwordHash: "unused" } });
  session.userId = viewer.id;
});
afterEach(() => {
  bundles.state.foreign = null;
});

type Route = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
const ROUTES: [name: string, route: Route, query: string][] = [
  ["offers", offersRoute, ""],
  ["earned-rewards", earnedRewardsRoute, ""],
];

async function get(route: Route, name: string, userId: string, query = "") {
  const response = await route(new Request(`http://console.test/api/kard/users/${encodeURIComponent(userId)}/${name}${query}`), {
    params: Promise.resolve({ id: userId }),
  });
  const text = await response.text();
  return { status: response.status, text, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

async function loadSecondCopyOfProviderError() {
  const specifier = "@/lib/providers/provider-error?bundle=another-route";
  bundles.state.foreign = (await import(/* @vite-ignore */ specifier)) as typeof import("@/lib/providers/provider-error");
  const { ProviderError } = await import("@/lib/providers/provider-error");
  expect(bundles.state.foreign.ProviderError).not.toBe(ProviderError);
}

describe.each(ROUTES)("GET /api/kard/users/:id/%s", (name, route, query) => {
  it("answers 200 with the page for an enrolled user", async () => {
    const { status, body } = await get(route, name, NEW_CUSTOMER, query);
    expect(status).toBe(200);
    expect(body).toBeDefined();
  });

  it("answers 404 with Kard's words for a user Kard does not know", async () => {
    expect(await get(route, name, "nobody-here", query)).toMatchObject({
      status: 404,
      body: { error: { code: "HTTP_404", message: expect.stringContaining("User 'nobody-here' was not found.") } },
    });
  });

  it("still answers 404 with a message when the ProviderError comes from another bundle's copy of the class", async () => {
    await loadSecondCopyOfProviderError();
    const result = await get(route, name, "nobody-here", query);
    expect(result.text).not.toBe("");
    expect(result).toMatchObject({ status: 404, body: { error: { code: "HTTP_404", message: expect.stringContaining("nobody-here") } } });
  });
});

describe("GET /api/kard/users/:id/locations", () => {
  it("answers 404 with a message for a user Kard does not know, and 400 for coordinates out of range", async () => {
    expect(await get(locationsRoute, "locations", "nobody-here", "?latitude=40.7&longitude=-74")).toMatchObject({
      status: 404,
      body: { error: { code: "HTTP_404" } },
    });
    expect(await get(locationsRoute, "locations", NEW_CUSTOMER, "?latitude=91&longitude=-74")).toMatchObject({ status: 400, body: { error: { code: "VALIDATION" } } });
  });
});

describe("the user routes without permission", () => {
  it("answer 401 signed out, without calling Kard", async () => {
    session.userId = null;
    expect(await get(offersRoute, "offers", NEW_CUSTOMER)).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
  });
});
