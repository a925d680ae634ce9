import { describe, expect, it } from "vitest";
import { createPrismaClient } from "./db";
import { isDatabaseUnreachable } from "./db-unreachable";

/** The error a real query raises against `url`, through the console's own client factory. */
async function errorOf(url: string): Promise<unknown> {
  const client = createPrismaClient(url);
  try {
    await client.staffUser.findFirst();
    return null;
  } catch (error) {
    return error;
  } finally {
    await client.$disconnect().catch(() => undefined);
  }
}

describe("isDatabaseUnreachable", () => {
  it("recognises a PostgreSQL server that refuses the connection, and one whose host does not resolve", async () => {
    expect(isDatabaseUnreachable(await errorOf("postgresql://postgres@127.0.0.1:1/console"))).toBe(true);
    expect(isDatabaseUnreachable(await errorOf("postgresql://postgres@no-such-host.invalid/console"))).toBe(true);
  });

  it("follows the cause chain (an operation's own error wrapping the driver's)", () => {
    const socket = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnreachable(new Error("reading the order failed", { cause: socket }))).toBe(true);
  });

  it("leaves every other failure alone: a constraint, a bug, a provider's refusal", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnreachable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnreachable(Object.assign(new Error("provider refused"), { code: "RATE_LIMIT_EXCEEDED" }))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});
