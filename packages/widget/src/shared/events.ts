import type { CaseKind, CaseView } from "../api/types.js";

/** `aftersales-session`: the shopper proved the order (number + email, or a platform identity). */
export interface SessionDetail {
  orderNumber: string;
}

/** `aftersales-case-created`: a return, complaint or inquiry was accepted by the server. */
export interface CaseCreatedDetail {
  caseId: string;
  kind: CaseKind;
  case: CaseView;
  /** True when the server replayed an earlier answer to the same idempotency key. */
  replayed: boolean;
}

/** `aftersales-case-updated`: the shopper acted on a case (message, choice, cancel, rating). */
export interface CaseUpdatedDetail {
  action: "messages" | "choice" | "cancel" | "rating";
  case: CaseView;
}

/** `aftersales-step`: the portal or a form moved to another step (for analytics, scrolling). */
export interface StepDetail {
  step: string;
}

/** `aftersales-error`: a call failed; `code` is the server's problem type or `network`. */
export interface ErrorDetail {
  code: string;
  status: number;
  operation: string;
}

/** Every event the widget dispatches, by name; all bubble and cross shadow roots (`composed`). */
export interface AftersalesEventMap {
  "aftersales-session": CustomEvent<SessionDetail>;
  "aftersales-case-created": CustomEvent<CaseCreatedDetail>;
  "aftersales-case-updated": CustomEvent<CaseUpdatedDetail>;
  "aftersales-step": CustomEvent<StepDetail>;
  "aftersales-error": CustomEvent<ErrorDetail>;
}

/** Dispatches a typed widget event that bubbles and is composed, so the host page hears it. */
export function emit<K extends keyof AftersalesEventMap>(
  target: EventTarget,
  name: K,
  detail: AftersalesEventMap[K]["detail"],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends AftersalesEventMap {}
  interface DocumentEventMap extends AftersalesEventMap {}
  interface WindowEventMap extends AftersalesEventMap {}
}
