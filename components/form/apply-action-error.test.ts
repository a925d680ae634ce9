import { describe, expect, it } from "vitest";
import { applyActionError, SERVER_ERROR } from "./apply-action-error";

function recorder() {
  const calls: { name: string; message?: string; type?: string; focus?: boolean }[] = [];
  const setError = (name: string, error: { type?: string; message?: string }, options?: { shouldFocus?: boolean }) =>
    void calls.push({ name, message: error.message, type: error.type, focus: options?.shouldFocus });
  return { calls, setError };
}

describe("applyActionError", () => {
  it("puts field errors on the form's fields, focuses the first, and adds no form-level error when all found a field", () => {
    const { calls, setError } = recorder();
    applyActionError(
      { code: "VALIDATION", message: "Some fields need attention.", fieldErrors: { unitPrice: ["Too low.", "Use cents."], "styles.light.primary": ["Not a colour."] } },
      ["unitPrice", "styles"],
      setError,
    );
    expect(calls).toEqual([
      { name: "unitPrice", message: "Too low. Use cents.", type: "server", focus: true },
      { name: "styles.light.primary", message: "Not a colour.", type: "server", focus: false },
    ]);
  });

  it("says a refusal without field errors at form level, with its code as the type", () => {
    const { calls, setError } = recorder();
    applyActionError({ code: "KTN_REFUSED", message: "KTN refused the purchase." }, ["unitPrice"], setError);
    expect(calls).toEqual([{ name: SERVER_ERROR, message: "KTN refused the purchase.", type: "KTN_REFUSED", focus: undefined }]);
  });

  it("keeps messages for values the form has no field for in the form-level error", () => {
    const { calls, setError } = recorder();
    applyActionError({ code: "VALIDATION", message: "Some fields need attention.", fieldErrors: { orderId: ["Too long."], _: ["Bad input."], reason: ["Too short."] } }, ["reason"], setError);
    expect(calls).toEqual([
      { name: "reason", message: "Too short.", type: "server", focus: true },
      { name: SERVER_ERROR, message: "Some fields need attention. orderId: Too long. Bad input.", type: "VALIDATION", focus: undefined },
    ]);
  });
});
