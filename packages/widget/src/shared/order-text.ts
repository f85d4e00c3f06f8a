import type { LocalizedText, OrderLineView, Reason, WidgetLocale } from "../api/types.js";
import { formatDate, type Translate } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";

/** A code shown as words when no text exists for it (`wrong_colour` → "wrong colour"). */
export function humanize(code: string): string {
  return code.replace(/[_-]+/g, " ");
}

/**
 * A store-defined label (return reason, complaint category) in the shopper's locale, falling back
 * to English, then to the code in words.
 */
export function storeLabel(labels: LocalizedText | undefined, locale: WidgetLocale, code: string): string {
  return labels?.[locale] ?? labels?.en ?? humanize(code);
}

/**
 * Why a line is or is not eligible, in plain words: the server explains each policy reason in
 * the language the widget asked for (`message`), with dates in the store's time zone.
 */
export function reasonsText(reasons: Reason[]): string {
  return reasons.map((r) => r.message ?? humanize(r.code)).join(" ");
}

/** The one-line verdict for an order line ("Can be returned until 24 Nov 2026"). */
export function eligibilityText(t: Translate, line: OrderLineView, tag: string, timeZone?: string): string {
  const { status, deadline } = line.eligibility;
  if (status === "ineligible") return t(Msg.ineligible);
  const date = deadline && formatDate(deadline, tag, timeZone);
  return date
    ? t(status === "needs_review" ? Msg.reviewUntil : Msg.eligibleUntil, { date })
    : t(Msg.eligible);
}

/** The label of a resolution or offered solution kind. */
export function resolutionLabel(t: Translate, kind: string): string {
  return t.code("res", kind) ?? humanize(kind);
}
