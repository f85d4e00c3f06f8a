import type { OrderLineView, Reason, StoreConfig } from "../api/types.js";
import type { MessageKey } from "../i18n/en.js";
import { formatDate, type Translate } from "../i18n/i18n.js";

/** Looks up `prefix.code` when the widget has a text for it. */
export function knownKey(t: Translate, prefix: string, code: string): MessageKey | undefined {
  const key = `${prefix}.${code}`;
  return t.has(key) ? key : undefined;
}

/** A code shown as words when no text exists for it (`wrong_colour` → "wrong colour"). */
export function humanize(code: string): string {
  return code.replace(/[_-]+/g, " ");
}

/**
 * An eligibility reason in plain words. The widget's own texts cover the policy's known codes in
 * every locale; for any other code the server's localised `message` is used, then the code itself.
 */
export function reasonText(t: Translate, reason: Reason, tag: string, timeZone?: string): string {
  const key = knownKey(t, "why", reason.code);
  if (!key) return reason.message ?? humanize(reason.code);
  const params: Record<string, string | number> = { ...reason.params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" && /^\d{4}-\d\d-\d\dT/.test(value))
      params[name] = formatDate(value, tag, timeZone);
  }
  return t(key, params);
}

/** The one-line verdict for an order line ("Can be returned until 24 Nov 2026"). */
export function eligibilityText(t: Translate, line: OrderLineView, tag: string, timeZone?: string): string {
  const { status, deadline } = line.eligibility;
  if (status === "ineligible") return t("ineligible");
  const date = deadline ? formatDate(deadline, tag, timeZone) : undefined;
  if (status === "needs_review") return date ? t("reviewUntil", { date }) : t("eligible");
  return date ? t("eligibleUntil", { date }) : t("eligible");
}

/** The label of a return reason: the widget's text, else the store's label, else the code. */
export function returnReasonLabel(
  t: Translate,
  config: StoreConfig | undefined,
  code: string,
  lang: "en" | "zh-Hans" | "zh-Hant",
): string {
  const key = knownKey(t, "reason", code);
  if (key) return t(key);
  const labels = config?.returnReasons.find((r) => r.code === code)?.labels;
  return labels?.[lang] ?? labels?.en ?? humanize(code);
}

/** The label of a resolution or offered solution kind. */
export function resolutionLabel(t: Translate, kind: string): string {
  const key = knownKey(t, "res", kind);
  return key ? t(key) : humanize(kind);
}
