import { describe, expect, it } from "vitest";
import { auditExportHref, auditPageHref, readAuditSearchParams } from "./audit-search-params";

describe("readAuditSearchParams", () => {
  it("parses a full filter and keeps the strings for links", () => {
    const { query, filter, ignored } = readAuditSearchParams({
      actor: " ops@example.com ",
      action: "ktn.order.refund",
      provider: "ktn",
      outcome: "FAILED",
      from: "2024-05-01",
      to: "2024-05-02",
      cursor: "120",
      unrelated: "x",
    });

    expect(ignored).toEqual([]);
    expect(query).toEqual({
      actor: "ops@example.com",
      action: "ktn.order.refund",
      provider: "ktn",
      outcome: "FAILED",
      from: "2024-05-01",
      to: "2024-05-02",
      cursor: "120",
    });
    expect(filter).toMatchObject({ actor: "ops@example.com", action: "ktn.order.refund", cursor: 120, limit: 50 });
    expect(filter.from?.toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(filter.to?.toISOString()).toBe("2024-05-02T23:59:59.999Z");
  });

  it("drops fields that do not parse and names them, keeping the rest", () => {
    const { query, filter, ignored } = readAuditSearchParams({ action: "ktn.order.delete", outcome: "succeeded", from: "yesterday", actor: "ops" });

    expect(ignored.sort()).toEqual(["action", "from", "outcome"]);
    expect(query).toEqual({ actor: "ops" });
    expect(filter).toEqual({ actor: "ops", limit: 50 });
  });

  it("treats empty and blank fields as no filter and takes the first of repeated ones", () => {
    const { query, ignored } = readAuditSearchParams({ actor: "  ", action: "", provider: ["kvitka", "ktn"] });

    expect(ignored).toEqual([]);
    expect(query).toEqual({ provider: "kvitka" });
  });
});

describe("audit links", () => {
  const query = { actor: "a b@example.com", outcome: "DENIED", cursor: "40" };

  it("keeps the filter and the cursor on page links", () => {
    expect(auditPageHref(query)).toBe("/audit?actor=a+b%40example.com&outcome=DENIED&cursor=40");
    expect(auditPageHref({})).toBe("/audit");
  });

  it("exports the same filter without the cursor", () => {
    expect(auditExportHref(query)).toBe("/api/audit/export?actor=a+b%40example.com&outcome=DENIED");
  });
});
