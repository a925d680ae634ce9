import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionError } from "@/lib/actions/result";

/** Where a refused action's messages go: the form's own fields, or the form-level error. */
export const SERVER_ERROR = "root.server" as const;

/**
 * Merges an {@link ActionError} into a form: each `fieldErrors` entry whose first path segment is
 * one of `fields` becomes that field's error (the first one focused); the message, with any entry
 * the form has no field for, becomes the form-level error — unless every message found its field.
 */
export function applyActionError<TValues extends FieldValues>(error: ActionError, fields: readonly string[], setError: UseFormSetError<TValues>): void {
  const unplaced: string[] = [];
  let placed = 0;
  for (const [path, messages] of Object.entries(error.fieldErrors ?? {})) {
    const message = messages.join(" ");
    if (fields.includes(path.split(".")[0])) {
      setError(path as Path<TValues>, { type: "server", message }, { shouldFocus: placed === 0 });
      placed += 1;
    } else unplaced.push(path === "_" ? message : `${path}: ${message}`);
  }
  if (placed === 0 || unplaced.length > 0) setError(SERVER_ERROR, { type: error.code, message: [error.message, ...unplaced].join(" ") });
}
