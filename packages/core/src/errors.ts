/**
 * The one error class `@aftersales/core` throws. It is thrown only for programming errors and
 * misconfiguration (a bad currency code, an invalid policy passed to a function that requires a
 * parsed one); expected outcomes such as an ineligible line or a rejected command are values.
 */
export class AftersalesError extends Error {
  /** A stable machine code, e.g. `invalid_money`, `validation_failed`. */
  readonly code: string;
  /** Optional structured details (for validation errors: one entry per bad path). */
  readonly details: readonly ValidationIssue[] | undefined;

  constructor(code: string, message: string, details?: readonly ValidationIssue[]) {
    super(message);
    this.name = "AftersalesError";
    this.code = code;
    this.details = details;
  }
}

/** One problem found while validating input: the path into the value and a human message. */
export interface ValidationIssue {
  /** Dotted path into the input, e.g. `lines.0.quantity`; empty string for the root. */
  readonly path: string;
  /** Human readable message (English). */
  readonly message: string;
  /** Machine code of the problem (zod's issue code or our own). */
  readonly code: string;
}
