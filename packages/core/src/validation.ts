import type { z } from "zod";
import { AftersalesError, type ValidationIssue } from "./errors.js";

/** The result of validating untrusted input: the typed value, or every problem found. */
export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Turns zod issues into path-named {@link ValidationIssue}s. */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * Validates `input` against `schema` and returns a value, never throwing for bad input.
 * Every invalid path is listed, not only the first.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toIssues(result.error) };
}

/**
 * Validates `input` and throws an {@link AftersalesError} with code `validation_failed` listing
 * every bad path. For configuration the caller controls (policies, calendars) where bad input is a
 * bug in the caller, not an expected outcome.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = validate(schema, input);
  if (result.ok) return result.value;
  const list = result.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ");
  throw new AftersalesError("validation_failed", `Invalid ${what}: ${list}`, result.issues);
}
