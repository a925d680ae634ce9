/**
 * An expected failure whose message is written for the operator (what happened and what to do).
 * Only these, provider errors and validation errors reach the browser verbatim.
 */
export class OperationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "OperationError";
  }
}
