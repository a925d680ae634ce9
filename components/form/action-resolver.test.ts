import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionResolver } from "./action-resolver";

// An action schema whose output differs from its input, as the console's do.
const schema = z.object({
  operationId: z.string().min(1),
  amount: z
    .string()
    .regex(/^\d+(\.\d{1,2})?$/, "Enter dollars like 25.50.")
    .transform((v) => Math.round(Number(v) * 100)),
  at: z.iso.datetime({ offset: true, message: "Pick a date." }),
});
type Values = { amount: string; at: string };
const options: ResolverOptions<Values> = { fields: {}, shouldUseNativeValidation: false };
const withContext = (values: Values) => ({ operationId: "op-1", ...values, at: values.at ? `${values.at}:00Z` : "" });

describe("actionResolver", () => {
  const resolve = actionResolver(schema, withContext);

  it("hands back the form's own values, not the schema's output, when the prepared input is valid", async () => {
    const values = { amount: "25.50", at: "2026-01-02T03:04" };
    expect(await resolve(values, undefined, options)).toEqual({ values, errors: {} });
  });

  it("puts each issue of the prepared input on the field it names", async () => {
    const result = await resolve({ amount: "25.505", at: "" }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({ amount: { message: "Enter dollars like 25.50." }, at: { message: "Pick a date." } });
  });

  it("validates what prepare adds: an issue on a value the form does not show is reported under its name", async () => {
    const resolveEmpty = actionResolver(schema, (values: Values) => ({ ...withContext(values), operationId: "" }));
    const result = await resolveEmpty({ amount: "1", at: "2026-01-02T03:04" }, undefined, options);
    expect(Object.keys(result.errors)).toEqual(["operationId"]);
  });
});
