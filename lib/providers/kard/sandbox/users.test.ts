import { describe, expect, it } from "vitest";
import { createHarness, ORG } from "@/lib/providers/kard/testing/sandbox-harness";
import { NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";

/** Create / Get / Update / Delete users, and the per-item errors of a multi-status answer. */
const user = (id: string, attributes: Record<string, unknown> = {}) => ({ type: "user", id, attributes: { enrolledRewards: ["CARDLINKED"], ...attributes } });

describe("users", () => {
  it("enrols, reads, updates, deletes and re-enrols a user", async () => {
    const h = createHarness();
    const attributes = { zipCode: "11238", email: "user@example.com", hashedEmail: "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3e2d8a5b76e45a1d4c4e2e3a1", phoneNumber: "+14155552671", birthYear: "1990", historicalTransactionsSent: true };
    const created = await h.api("POST", `${ORG}/users`, { body: { data: [user("1234567890", attributes)] } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ data: [user("1234567890", attributes)] });
    expect((await h.api("GET", `${ORG}/users/1234567890`)).body).toEqual({ data: user("1234567890", attributes) });

    const updated = await h.api("PUT", `${ORG}/users/1234567890`, { body: { data: user("1234567890", { zipCode: "30048" }) } });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ data: user("1234567890", { zipCode: "30048", historicalTransactionsSent: true }) });

    const deleted = await h.api("DELETE", `${ORG}/users/1234567890`);
    expect(deleted.body).toEqual({ data: { type: "user", id: "1234567890", attributes: {} } });
    expect((await h.api("GET", `${ORG}/users/1234567890`)).status).toBe(404);
    expect((await h.api("POST", `${ORG}/users`, { body: { data: [user("1234567890")] } })).status).toBe(201);
  });

  it("answers 207 with one error per failed item, each with the item id and a pointer", async () => {
    const h = createHarness();
    const result = await h.api("POST", `${ORG}/users`, {
      body: { data: [user("ok-1"), user(NEW_CUSTOMER), user("bad-phone", { phoneNumber: "0155 555" }), user("ok-1")] },
    });
    expect(result.status).toBe(207);
    const body = result.body as { data: { id: string }[]; errors: { status: string; id: string; source: { pointer: string } }[] };
    expect(body.data.map((u) => u.id)).toEqual(["ok-1"]);
    expect(body.errors.map((e) => [e.status, e.id, e.source.pointer])).toEqual([
      ["409", NEW_CUSTOMER, "/data/1/id"],
      ["400", "bad-phone", "/data/2/attributes/phoneNumber"],
      ["409", "ok-1", "/data/3/id"],
    ]);
  });

  it.each([
    ["hashedEmail", "not-a-hash"],
    ["email", "not-an-email"],
    ["birthYear", "90"],
  ])("rejects a malformed %s", async (field, value) => {
    const result = await createHarness().api("POST", `${ORG}/users`, { body: { data: [user("u", { [field]: value })] } });
    expect(result.status).toBe(400);
    expect((result.body as { errors: { source: { pointer: string } }[] }).errors[0].source.pointer).toBe(`/data/0/attributes/${field}`);
  });

  it("rejects an update whose body names another user, and a body that is not JSON", async () => {
    const h = createHarness();
    expect((await h.api("PUT", `${ORG}/users/${NEW_CUSTOMER}`, { body: { data: user("someone-else") } })).status).toBe(400);
    const broken = await h.read(
      await h.raw("POST", `${ORG}/users`, { headers: { authorization: `Bearer ${await h.token()}`, "content-type": "application/json" }, rawBody: "{" }),
    );
    expect(broken.status).toBe(400);
  });

  it("starts from the two personas again after reset", async () => {
    const h = createHarness();
    await h.api("DELETE", `${ORG}/users/${NEW_CUSTOMER}`);
    h.sandbox.reset();
    expect((await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`)).status).toBe(200);
  });
});
