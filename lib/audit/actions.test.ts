import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, auditActionSchema, auditOutcomeSchema } from "./actions";

describe("audit action names", () => {
  it("are all <provider|area>.<resource>.<verb> in kebab-case, without duplicates", () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z]+\.[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("form a closed list", () => {
    expect(auditActionSchema.safeParse("ktn.order.refund").success).toBe(true);
    expect(auditActionSchema.safeParse("ktn.order.delete").success).toBe(false);
    expect(auditOutcomeSchema.options).toEqual([...AUDIT_OUTCOMES]);
    expect(auditOutcomeSchema.safeParse("succeeded").success).toBe(false);
  });
});
