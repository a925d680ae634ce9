import { describe, expect, it } from "vitest";
import {
  depositConfirmResponseSchema,
  depositInitResponseSchema,
  errorEnvelopeSchema,
  withdrawConfirmResponseSchema,
  withdrawInitInputSchema,
} from "./schemas";
import { kvitkaExamples } from "./testing/examples";

describe("KvitkaCard documentation examples", () => {
  const examples = kvitkaExamples();
  const schemaFor = {
    "/withdraw/confirm.php": withdrawConfirmResponseSchema,
    "/deposit/init.php": depositInitResponseSchema,
    "/deposit/confirm.php": depositConfirmResponseSchema,
  } as const;

  it("finds the three response examples, each under its endpoint", () => {
    expect(examples.map((e) => e.path)).toEqual(Object.keys(schemaFor));
  });

  it.each(Object.entries(schemaFor))("parses the %s example with its schema", (path, schema) => {
    const example = examples.find((e) => e.path === path)!;
    const parsed = schema.parse(example.value);
    expect(parsed.operation_id).toBe(1);
    expect(parsed.transaction_code).toBe("4829173650284719");
    if ("amount_kc" in parsed) expect(parsed.amount_kc.toFixed(2)).toBe("176.32");
    if ("points_amount" in parsed) expect(parsed.points_amount.toFixed(2)).toBe("88.16");
  });

  it("rejects each example under another endpoint's schema (the statuses tell them apart)", () => {
    const [withdrawConfirm, depositInit, depositConfirm] = examples.map((e) => e.value);
    expect(depositInitResponseSchema.safeParse(withdrawConfirm).success).toBe(false);
    expect(depositConfirmResponseSchema.safeParse(depositInit).success).toBe(false);
    expect(withdrawConfirmResponseSchema.safeParse(depositConfirm).success).toBe(false);
  });

  it("parses the error envelope the documentation describes and refuses a success body", () => {
    expect(errorEnvelopeSchema.parse({ success: false, error_code: "CODE_NOT_FOUND", message: "x" })).toEqual({
      success: false,
      error_code: "CODE_NOT_FOUND",
      message: "x",
    });
    expect(errorEnvelopeSchema.parse({ success: false, error_code: 17 }).error_code).toBe("17");
    expect(errorEnvelopeSchema.safeParse(examples[0].value).success).toBe(false);
  });

  it("refuses a transaction code that is not 16 digits", () => {
    const good = examples[0].value;
    for (const code of ["482917365028471", "48291736502847190", "482917365028471a", 4829173650284719]) {
      expect(withdrawConfirmResponseSchema.safeParse({ ...good, transaction_code: code }).success).toBe(false);
    }
  });
});

describe("withdraw/init input", () => {
  it("takes a points amount as a decimal string with at most two decimals", () => {
    expect(withdrawInitInputSchema.parse({ user_id: "c-1", points_amount: "88.16" }).points_amount.toFixed(2)).toBe("88.16");
    for (const points_amount of ["0", "-1", "1.001", "abc"]) {
      expect(withdrawInitInputSchema.safeParse({ user_id: "c-1", points_amount }).success).toBe(false);
    }
    expect(withdrawInitInputSchema.safeParse({ user_id: " ", points_amount: "1" }).success).toBe(false);
  });
});
