import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Stable `type` codes of problem+json answers (docs/api/customer-v1.md). */
export const ProblemType = {
  validation_failed: "validation_failed",
  order_not_verified: "order_not_verified",
  rate_limited: "rate_limited",
  not_found: "not_found",
  invalid_transition: "invalid_transition",
  version_conflict: "version_conflict",
  idempotency_key_reused: "idempotency_key_reused",
  ineligible: "ineligible",
  payload_too_large: "payload_too_large",
  unsupported_media_type: "unsupported_media_type",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  too_many_attachments: "too_many_attachments",
  option_not_offered: "option_not_offered",
  unavailable: "unavailable",
  /** The store's platform cannot do this action (its capability is off, or no platform is connected). */
  action_unsupported: "action_unsupported",
  /** The platform refused the action for a reason that retrying will not fix; `code` says which. */
  platform_refused: "platform_refused",
  /** The platform failed, throttled or refused our credentials; `retryable` says whether to retry. */
  platform_error: "platform_error",
  internal: "internal",
} as const;
/** A stable problem code. */
export type ProblemType = (typeof ProblemType)[keyof typeof ProblemType];

/** One bad field of a request. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

/** The body of a problem+json answer. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly requestId?: string;
  readonly [extra: string]: unknown;
}

/**
 * An expected failure of a request, thrown inside handlers and turned into problem+json by the
 * app's error handler. `extra` members are added to the body (e.g. `decision` for `ineligible`).
 */
export class Problem extends Error {
  readonly status: ContentfulStatusCode;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[] | undefined;
  readonly extra: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: ContentfulStatusCode,
    type: string,
    title: string,
    options: {
      detail?: string;
      errors?: readonly FieldError[];
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(title);
    this.name = "Problem";
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = options.detail;
    this.errors = options.errors;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }
}

/** Writes `problem` as an `application/problem+json` response. */
export function problemResponse(c: Context, problem: Problem): Response {
  const body: ProblemBody = {
    ...problem.extra,
    type: problem.type,
    title: problem.title,
    status: problem.status,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    ...(problem.errors === undefined ? {} : { errors: problem.errors }),
    ...(c.get("requestId") ? { requestId: c.get("requestId") as string } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", ...problem.headers },
  });
}

/** 404 `not_found` for `what` (also used for other tenants' records: they do not exist for you). */
export function notFound(what: string): Problem {
  return new Problem(404, ProblemType.not_found, `${what} not found`);
}
