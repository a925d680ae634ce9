import { describe, expect, it } from "vitest";
import { createCardInputSchema } from "./schemas/cards";
import { errorEnvelopeSchema } from "./schemas/common";
import { createdPaymentResponseSchema, createDepositInputSchema, createPaymentLinkInputSchema, walletsResponseSchema } from "./schemas/merchant";
import { kazawalletExamples } from "./testing/examples";
import type { RecoveredExample } from "./testing/doc-examples";

/** The recovered block of `section` (prefix) under `label` (prefix). @throws when there is none. */
function example(section: string, label: string): RecoveredExample {
  const found = kazawalletExamples().find((e) => e.section.startsWith(section) && e.label.startsWith(label));
  if (!found) throw new Error(`no recovered example ${section} / ${label}`);
  return found;
}

/** The printed templates hold placeholders where values go; each is replaced by a value of its kind. */
function filled(value: unknown, placeholders: Record<string, string>): unknown {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === "string" && Object.hasOwn(placeholders, v) ? placeholders[v] : v));
}

describe("every recovered Kazawallet example is read by its schema", () => {
  it("2.1 payment-link request body (placeholders filled)", () => {
    const body = filled(example("2.1", "Request body").value, { YOUR_AMOUNT_HERE: "25.50", YOUR_EMAIL_HERE: "payer@example.com" });
    expect(createPaymentLinkInputSchema.parse(body)).toEqual({
      amount: "25.5",
      currency: "USD",
      email: "payer@example.com",
      ref: "YOUR_UNIQUE_REFERENCE",
      redirectUrl: "https://yourwebsite.com?kazawallet=success",
    });
  });

  it("4.2 wallets success (placeholders filled) and the error envelope", () => {
    const body = filled(example("4.2", "Response Success").value, { "currency-code": "USD", amount: "120.75" });
    const parsed = walletsResponseSchema.parse(body);
    expect(parsed.wallets.map((w) => [w.currency, w.amount.toFixed(2)])).toEqual([["USD", "120.75"]]);
    expect(errorEnvelopeSchema.parse(example("4.2", "Response Error").value)).toEqual({ success: false, error: "Error Msg" });
  });

  it("4.4 deposit success, error, and the usage example's request", () => {
    expect(createdPaymentResponseSchema.parse(example("4.4", "Response Success").value).createdPayment).toMatchObject({ status: "pending", transaction_id: "de-xxxxx" });
    expect(errorEnvelopeSchema.parse(example("4.4", "Response Error").value).error).toBe("Error Msg");
    expect(createDepositInputSchema.parse(example("4.4", "Usage Example").value)).toMatchObject({ amount: "500000", paymentMethod: 17, fields: { "bemo-dp-f1": "test-1" } });
  });

  it("4.4 request template is not JSON (placeholder, missing comma) and is recorded as such", () => {
    const template = example("4.4", "Request Payload");
    expect(template.value).toBeNull();
    expect(template.text).toContain("paymentMethod: payment method number");
  });

  it("5.10 deprecated create: request read (placeholder filled), the cut answer keeps created/cardId", () => {
    expect(createCardInputSchema.parse(filled(example("5.10", "Request Payload").value, { currency_code: "USD" }))).toEqual({ currency: "USD" });
    const answer = example("5.10", "Response Success");
    expect(answer.value).toBeNull();
    expect(answer.text).toMatch(/"created": true,\s*"cardId": "kc-xxxxxxx",\s*"createdTransfer": \{/);
  });
});
