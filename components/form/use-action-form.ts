"use client";

import type { BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionError, ActionResult } from "@/lib/actions/result";
import { actionResolver } from "./action-resolver";
import { applyActionError, SERVER_ERROR } from "./apply-action-error";

/** Said when the action's request itself failed (network, server crash): the move may have happened. */
const OUTCOME_UNKNOWN = "The request did not complete, so its outcome is unknown. Check the item's status before trying again.";

type Send<TInput, TData> = (input: TInput) => Promise<ActionResult<TData>>;
type OnSuccess<TInput, TData> = (data: TData, input: TInput) => unknown;

interface UseActionFormOptions<TValues extends FieldValues, TInput, TData> {
  /** The server action's own input schema (the `*.validation.ts` export the action parses with). */
  schema: z.ZodType<unknown, TInput>;
  /** The server action (built with defineAction): what `submit` sends the prepared values to. */
  action: Send<TInput, TData>;
  defaultValues: DefaultValues<TValues>;
  /**
   * Form values → the action's input, for forms whose fields are not the input as it is (values
   * the form does not show, a local date turned into ISO 8601). Keeps the field names. Without
   * it the form's values are sent as they are (and must then be the action's input).
   */
  prepare?: (values: TValues) => TInput;
  /** Runs after the action answered ok: close the dialog, toast, navigate, refresh. */
  onSuccess?: OnSuccess<TInput, TData>;
  /** Runs after the action refused, once its messages are on the form (default: nothing more). */
  onFailure?: (error: ActionError) => void;
}

export interface ActionForm<TValues extends FieldValues, TInput> {
  form: UseFormReturn<TValues>;
  /**
   * Validates in the browser (nothing is sent while a field is invalid), sends the prepared values
   * to the action, merges a refusal's field errors into the fields and its message into the
   * form-level error. Usable as a form's `onSubmit` and as a ConfirmDialog's `onConfirm`:
   * resolves to true when the action answered ok.
   */
  submit: (event?: BaseSyntheticEvent) => Promise<boolean>;
  /** The same validation and error handling around another action over the same fields. */
  submitWith: <D>(send: Send<TInput, D>, onSuccess?: OnSuccess<TInput, D>) => (event?: BaseSyntheticEvent) => Promise<boolean>;
  /** True while validating or waiting for the action (react-hook-form's `isSubmitting`). */
  pending: boolean;
}

/**
 * One way for every form that calls a server action: react-hook-form with the action's own zod
 * schema as resolver, server `fieldErrors` merged into the same fields (`setError`), a form-level
 * error (`errors.root.server`, shown by `<FormError>`) for everything else, pending state from the
 * form. See components/form/README.md.
 */
export function useActionForm<TValues extends FieldValues, TInput, TData>(
  options: UseActionFormOptions<TValues, TInput, TData> & { prepare: (values: TValues) => TInput },
): ActionForm<TValues, TInput>;
/** Without `prepare`, the form's values are the action's input as they are. */
export function useActionForm<TValues extends FieldValues & TInput, TInput, TData>(
  options: Omit<UseActionFormOptions<TValues, TInput, TData>, "prepare">,
): ActionForm<TValues, TInput>;
export function useActionForm<TValues extends FieldValues, TInput, TData>(
  options: UseActionFormOptions<TValues, TInput, TData>,
): ActionForm<TValues, TInput> {
  const { schema, action, defaultValues, onSuccess, onFailure } = options;
  const prepare = options.prepare ?? ((values: TValues) => values as unknown as TInput);
  // react-hook-form reads its options on every render, so the resolver always sees this render's
  // schema and prepare (which may close over props such as an operation id). Fields are checked
  // on submit, then again on every change (react-hook-form's default): checking on blur would put
  // an error above the submit button between mousedown and click, moving it from under the pointer.
  const form = useForm<TValues>({ resolver: actionResolver(schema, prepare), defaultValues });
  const { handleSubmit, getValues, setError } = form;

  const submitWith =
    <D>(send: Send<TInput, D>, succeeded?: OnSuccess<TInput, D>) =>
      async (event?: BaseSyntheticEvent): Promise<boolean> => {
        let ok = false;
        await handleSubmit(async (values) => {
          const input = prepare(values);
          let result: ActionResult<D>;
          try {
            result = await send(input);
          } catch {
            setError(SERVER_ERROR, { type: "UNKNOWN", message: OUTCOME_UNKNOWN });
            return;
          }
          if (result.ok) {
            ok = true;
            await succeeded?.(result.data, input);
            return;
          }
          applyActionError(result.error, Object.keys(getValues()), setError);
          onFailure?.(result.error);
        })(event);
        return ok;
      };

  return {
    form,
    submit: submitWith(action, onSuccess),
    submitWith,
    pending: form.formState.isSubmitting,
  };
}
