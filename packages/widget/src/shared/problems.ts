import type { Problem } from "../api/types.js";
import type { Translate } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";

/** Problems worth a "Try again" button: the same request may well succeed later. */
export function isRetryable(problem: Problem): boolean {
  return (
    ["network", "internal", "invalid_response", "rate_limited", "version_conflict"].includes(problem.type) ||
    problem.status >= 500
  );
}

/** The plain-words text for a problem, by its stable code; unknown codes still name the code. */
export function problemText(t: Translate, problem: Problem): string {
  const minutes = Math.max(1, Math.ceil((problem.retryAfter ?? 60) / 60));
  return t.code("error", problem.type, { minutes }) ?? t(Msg.errorUnknown, { code: problem.type });
}
