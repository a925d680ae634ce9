import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OperationError } from "@/lib/errors";
import { resetSandbox } from "@/lib/sandbox/mount";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { providerRejection } from "@/lib/testing/rejection";
import { generateHem } from "./hem";
import { enrollUser } from "./enroll";
import { maskEmail, parseEnrolledRewards } from "./kard-user-record";
import { OPERATOR, kardSandboxState } from "@/lib/providers/kard/testing/operations";
import { LAPSED_CUSTOMER, NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { adoptUser, unenrollUser, updateUser } from "./user-changes";
import { fetchKardUser, listKardUsers } from "./queries-users";
import { providerClient } from "@/lib/providers/registry";

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
  await db.kardUser.deleteMany();
});

type SandboxUser = { id: string; attributes: Record<string, unknown> };
const sandboxUser = async (id: string) => (await kardSandboxState<{ users: SandboxUser[] }>()).users.find((u) => u.id === id);

describe("enrollUser", () => {
  it("sends only the HEM of the email, stores the HEM and a masked email, and audits REQUESTED then SUCCEEDED", async () => {
    const row = await enrollUser({ userId: "user-1001", email: " Jane.Doe+promo@Gmail.com ", zipCode: "10011", enrolledRewards: ["CARDLINKED"] }, OPERATOR);

    const hem = generateHem("janedoe@gmail.com");
    expect(row).toMatchObject({ id: "user-1001", email: "J•••@Gmail.com", hashedEmail: hem, zipCode: "10011", source: "ENROLLED", createdByEmail: "operator@example.com", deletedAt: null });
    expect(parseEnrolledRewards(row.enrolledRewards)).toEqual(["CARDLINKED"]);
    expect(await sandboxUser("user-1001")).toEqual({ id: "user-1001", attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "10011", hashedEmail: hem }, createdAt: expect.any(String) });

    const audits = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(audits.map((a) => [a.action, a.outcome, a.target])).toEqual([
      ["kard.user.enroll", "REQUESTED", "kard-user:user-1001"],
      ["kard.user.enroll", "SUCCEEDED", "kard-user:user-1001"],
    ]);
    expect(audits.map((a) => `${a.requestSummary}${a.responseSummary}`).join()).not.toMatch(/jane\.doe|promo/i);
  });

  it("keeps no row when Kard refuses the user (already enrolled there) and audits the refusal", async () => {
    await providerClient("kard").createUsers([{ type: "user", id: "user-1002", attributes: { enrolledRewards: ["CARDLINKED"] } }]);

    const error = await providerRejection(enrollUser({ userId: "user-1002", enrolledRewards: ["CARDLINKED"] }, OPERATOR));

    expect(error).toMatchObject({ code: "HTTP_409", outcome: "failed" });
    expect(await db.kardUser.count()).toBe(0);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ action: "kard.user.enroll", outcome: "FAILED", errorCode: "HTTP_409" });
  });

  it("refuses an id already listed and the sandbox personas without calling Kard", async () => {
    await enrollUser({ userId: "user-1003", enrolledRewards: ["CARDLINKED"] }, OPERATOR);
    await expect(enrollUser({ userId: "user-1003", enrolledRewards: ["CARDLINKED"] }, OPERATOR)).rejects.toMatchObject({ code: "ALREADY_LISTED" });
    await expect(enrollUser({ userId: NEW_CUSTOMER, enrolledRewards: ["CARDLINKED"] }, OPERATOR)).rejects.toBeInstanceOf(OperationError);
    expect(await db.auditEvent.count({ where: { outcome: "REQUESTED" } })).toBe(1);
  });
});

describe("updateUser", () => {
  it("re-sends what the form does not edit, because Update User replaces every attribute", async () => {
    const user = await updateUser({ userId: LAPSED_CUSTOMER, enrolledRewards: ["CARDLINKED"], zipCode: "30309" }, OPERATOR);

    expect(user.attributes).toEqual({ enrolledRewards: ["CARDLINKED"], zipCode: "30309", email: "lapsed.customer@sandbox.example", birthYear: "1987" });
    expect((await sandboxUser(LAPSED_CUSTOMER))?.attributes).toMatchObject({ zipCode: "30309", birthYear: "1987" });
  });

  it("replaces the email by its HEM and mirrors the change on the console's row", async () => {
    await enrollUser({ userId: "user-2001", email: "old@example.com", zipCode: "10001", enrolledRewards: ["CARDLINKED"] }, OPERATOR);

    await updateUser({ userId: "user-2001", enrolledRewards: [], email: "new@example.com" }, OPERATOR);

    expect((await sandboxUser("user-2001"))?.attributes).toEqual({ enrolledRewards: [], hashedEmail: generateHem("new@example.com") });
    const row = await db.kardUser.findUniqueOrThrow({ where: { id: "user-2001" } });
    expect(row).toMatchObject({ email: maskEmail("new@example.com"), hashedEmail: generateHem("new@example.com"), zipCode: null, enrolledRewards: "[]" });
  });
});

describe("unenrollUser", () => {
  it("deletes the user at Kard, keeps the row as unenrolled, and allows re-enrolling the same id", async () => {
    await enrollUser({ userId: "user-3001", enrolledRewards: ["CARDLINKED"] }, OPERATOR);

    await unenrollUser({ userId: "user-3001" }, OPERATOR);

    expect(await sandboxUser("user-3001")).toBeUndefined();
    expect((await db.kardUser.findUniqueOrThrow({ where: { id: "user-3001" } })).deletedAt).toBeInstanceOf(Date);
    expect((await listKardUsers()).map((u) => u.id)).toEqual([NEW_CUSTOMER, LAPSED_CUSTOMER]);
    expect((await listKardUsers({ includeUnenrolled: true })).map((u) => u.id)).toContain("user-3001");

    const again = await enrollUser({ userId: "user-3001", enrolledRewards: ["CARDLINKED"] }, OPERATOR);
    expect(again.deletedAt).toBeNull();
  });

  it("marks the row unenrolled when Kard no longer knows the user, and still reports the 404", async () => {
    await enrollUser({ userId: "user-3002", enrolledRewards: ["CARDLINKED"] }, OPERATOR);
    await providerClient("kard").deleteUser("user-3002");

    await expect(unenrollUser({ userId: "user-3002" }, OPERATOR)).rejects.toMatchObject({ code: "HTTP_404" });
    expect((await db.kardUser.findUniqueOrThrow({ where: { id: "user-3002" } })).deletedAt).toBeInstanceOf(Date);
  });
});

describe("lookup and adopt", () => {
  it("reads a user by id and adopts an existing Kard user into the list with a masked email", async () => {
    await providerClient("kard").createUsers([{ type: "user", id: "user-4001", attributes: { enrolledRewards: ["CARDLINKED"], email: "someone@example.com", zipCode: "60602" } }]);

    expect((await fetchKardUser("user-4001")).attributes.zipCode).toBe("60602");
    const row = await adoptUser({ userId: "user-4001" }, OPERATOR);

    expect(row).toMatchObject({ id: "user-4001", source: "ADOPTED", email: "s•••@example.com", zipCode: "60602" });
    expect((await listKardUsers())[0]).toMatchObject({ id: "user-4001", source: "ADOPTED", maskedEmail: "s•••@example.com" });
  });

  it("answers 404 for an unknown id and adopts nothing", async () => {
    await expect(fetchKardUser("nobody")).rejects.toMatchObject({ httpStatus: 404 });
    await expect(adoptUser({ userId: "nobody" }, OPERATOR)).rejects.toMatchObject({ httpStatus: 404 });
    expect(await db.kardUser.count()).toBe(0);
  });

  it("lists the sandbox personas after the console's own users", async () => {
    const users = await listKardUsers();
    expect(users.map((u) => [u.id, u.source])).toEqual([
      [NEW_CUSTOMER, "PERSONA"],
      [LAPSED_CUSTOMER, "PERSONA"],
    ]);
  });
});
