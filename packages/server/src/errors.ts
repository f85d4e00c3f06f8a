/**
 * The one error class `@aftersales/server` throws for misconfiguration and programming errors
 * (a bad environment variable, a migration that cannot run). Expected outcomes of requests are
 * problem+json responses, never exceptions that escape a handler.
 */
export class ServerError extends Error {
  /** A stable machine code, e.g. `invalid_config`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ServerError";
    this.code = code;
  }
}
