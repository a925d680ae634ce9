import { createHash, createHmac } from "node:crypto";
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { GENESIS_HASH, HASHED_FIELDS, auditEventHash, canonicalAuditContent, isKeyedHash, legacyAuditEventHash, type AuditHashedContent } from "./hash";

const KEY = Buffer.from("a-test-chain-key-of-enough-length");

const row: AuditHashedContent = {
  id: "evt-1",
  createdAt: new Date("2024-05-01T10:00:00.123Z"),
  actorId: "u1",
  actorEmail: "ops@example.com",
  role: "OPERATOR",
  action: "ktn.order.refund",
  provider: "ktn",
  target: "order-9",
  outcome: "SUCCEEDED",
  requestSummary: '{"reason":"duplicate"}',
  responseSummary: null,
  errorCode: null,
  message: null,
  idempotencyKey: "key-1",
  durationMs: 42,
  ip: "127.0.0.1",
  userAgent: "vitest",
  prevHash: GENESIS_HASH,
};

describe("audit hash", () => {
  it("covers every stored AuditEvent column except seq and hash", () => {
    const columns = Object.values(Prisma.AuditEventScalarFieldEnum).filter((c) => c !== "seq" && c !== "hash");
    expect([...HASHED_FIELDS].sort()).toEqual(columns.sort());
  });

  it("serialises in a fixed key order with ISO dates and nulls, ignoring seq and hash", () => {
    const shuffled = Object.fromEntries(Object.entries(row).reverse()) as AuditHashedContent;
    const withExtras = { ...row, seq: 7, hash: "x" };
    expect(canonicalAuditContent(shuffled)).toBe(canonicalAuditContent(row));
    expect(canonicalAuditContent(withExtras)).toBe(canonicalAuditContent(row));
    expect(canonicalAuditContent(row)).toBe(
      '{"action":"ktn.order.refund","actorEmail":"ops@example.com","actorId":"u1",' +
        '"createdAt":"2024-05-01T10:00:00.123Z","durationMs":42,"errorCode":null,"id":"evt-1",' +
        '"idempotencyKey":"key-1","ip":"127.0.0.1","message":null,"outcome":"SUCCEEDED",' +
        `"prevHash":"${GENESIS_HASH}","provider":"ktn","requestSummary":"{\\"reason\\":\\"duplicate\\"}",` +
        '"responseSummary":null,"role":"OPERATOR","target":"order-9","userAgent":"vitest"}',
    );
  });

  it("is HMAC-SHA256 with the chain key over prevHash followed by the canonical text, marked as keyed", () => {
    const expected = createHmac("sha256", KEY).update(GENESIS_HASH + canonicalAuditContent(row)).digest("hex");
    expect(auditEventHash(row, KEY)).toBe(`hmac-sha256:${expected}`);
    expect(isKeyedHash(auditEventHash(row, KEY))).toBe(true);
    expect(auditEventHash(row, Buffer.from("another-key-of-enough-length"))).not.toBe(auditEventHash(row, KEY));
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it("keeps the legacy form: sha256 hex of prevHash followed by the canonical text", () => {
    const expected = createHash("sha256").update(GENESIS_HASH + canonicalAuditContent(row)).digest("hex");
    expect(legacyAuditEventHash(row)).toBe(expected);
    expect(isKeyedHash(expected)).toBe(false);
  });

  it("changes when any hashed field changes", () => {
    const base = auditEventHash(row, KEY);
    const changes: Partial<AuditHashedContent> = {
      outcome: "FAILED",
      createdAt: new Date("2024-05-01T10:00:00.124Z"),
      durationMs: 43,
      responseSummary: "{}",
      prevHash: "1".repeat(64),
      userAgent: null,
    };
    for (const [field, value] of Object.entries(changes)) {
      expect(auditEventHash({ ...row, [field]: value }, KEY), field).not.toBe(base);
    }
  });
});
