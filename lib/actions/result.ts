export interface ActionError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/** What every server action returns: never throws to the browser (redirects excepted). */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
