import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver that validates with a server action's own input schema.
 *
 * `prepare` turns the form's values into the action's input (e.g. a `datetime-local` value into
 * ISO 8601, or an id the form does not show) and must keep the field names, so that every issue
 * lands on the field it names. On success the resolver hands back the form's values unchanged
 * (not the schema's output): the action parses its input itself, and a schema whose output differs
 * from its input (dollars → cents, "" → undefined, coercions) must receive the input.
 */
export function actionResolver<TValues extends FieldValues, TInput>(schema: z.ZodType<unknown, TInput>, prepare: (values: TValues) => TInput): Resolver<TValues> {
  const validate = zodResolver(schema as z.ZodType<unknown, FieldValues>, undefined, { raw: true });
  return async (values, context, options) => {
    const result = await validate(prepare(values) as FieldValues, context, options as Parameters<typeof validate>[2]);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as FieldErrors<TValues> } : { values, errors: {} };
  };
}
