import type { Money, WidgetLocale } from "../api/types.js";
import type { Group, Messages } from "./en.js";
import type { Msg } from "./msg.js";

/** Values for a text's `{placeholders}`. */
export type MessageParams = Record<string, string | number>;

/** Looks up a text in the current locale and fills its placeholders. */
export interface Translate {
  (key: Msg, params?: MessageParams): string;
  /**
   * The text a group has for a server code (`code("status", "submitted")`), placeholders filled;
   * undefined when the widget has none (a code newer than the widget).
   */
  code(group: Group, code: string, params?: MessageParams): string | undefined;
}

/**
 * The shopper's language tag, for `Intl` (`en-GB`, `zh-TW`): the element's `locale` when set,
 * else the nearest `lang` up the tree (out through the shadow roots it sits in, up to
 * `<html lang>`). A bare language (`en`) borrows the region of the browser's matching language so
 * dates read the way the shopper expects.
 */
export function resolveLocaleTag(element: Element, locale: string | undefined): string {
  let nearest = locale;
  for (
    let node: Element | undefined = element;
    node && !nearest;
    node = (node.getRootNode() as ShadowRoot).host
  )
    nearest = node.closest("[lang]")?.getAttribute("lang") ?? undefined;
  let tag = nearest || "en";
  if (!tag.includes("-")) {
    const language = `${tag.toLowerCase()}-`;
    const match = navigator.languages?.find((l) => l.toLowerCase().startsWith(language));
    if (match) tag = match;
  }
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en";
  } catch {
    return "en";
  }
}

/** Which text table serves a language tag: Traditional Chinese for Hant scripts and TW/HK/MO. */
export function tableFor(tag: string): WidgetLocale {
  const lower = tag.toLowerCase();
  if (!lower.startsWith("zh")) return "en";
  return /hant|-tw|-hk|-mo/.test(lower) ? "zh-Hant" : "zh-Hans";
}

// Every table is its own chunk, so a shopper downloads only the language shown.
const loaders: Record<WidgetLocale, () => Promise<Messages>> = {
  en: () => import("./en.js").then((m) => m.en),
  "zh-Hans": () => import("./zh-hans.js").then((m) => m.zhHans),
  "zh-Hant": () => import("./zh-hant.js").then((m) => m.zhHant),
};
const loaded = new Map<WidgetLocale, Messages>();

/** The table for a locale if it is already in memory. */
export function cachedMessages(locale: WidgetLocale): Messages | undefined {
  return loaded.get(locale);
}

/** Loads a locale's table (Chinese tables are separate chunks, fetched on first use). */
export async function loadMessages(locale: WidgetLocale): Promise<Messages> {
  const table = loaded.get(locale) ?? (await loaders[locale]());
  loaded.set(locale, table);
  return table;
}

/** A {@link Translate} over one table. A text it lacks shows as `⟦key⟧` so tests catch it. */
export function translator(table: Messages): Translate {
  const fill = (text: string | undefined, params?: MessageParams) =>
    text && params ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all)) : text;
  const t = (key: Msg, params?: MessageParams) => fill(table[key], params) ?? `⟦${key}⟧`;
  const code = (group: Group, code: string, params?: MessageParams) => {
    const texts: Record<string, string> = table[group];
    return fill(Object.hasOwn(texts, code) ? texts[code] : undefined, params);
  };
  return Object.assign(t, { code });
}

/** Formats money in the shopper's locale; minor units follow the currency (JPY 0, KWD 3). */
export function formatMoney(money: Money, tag: string): string {
  const format = new Intl.NumberFormat(tag, { style: "currency", currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

/** Formats an instant as weekday, date and time ("Tue 24 Nov, 10:30") in a time zone. */
export function formatDateTime(instant: string, tag: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(tag, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(instant));
}

/** Formats an instant as a date ("24 Nov 2026") in a time zone. */
export function formatDate(instant: string, tag: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", ...(timeZone ? { timeZone } : {}) }).format(
    new Date(instant),
  );
}

/** The time zone's generic name in the shopper's language ("Central European Time", "中欧时间"). */
export function timeZoneName(tag: string, timeZone: string, at: string): string {
  const parts = new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: "longGeneric" }).formatToParts(
    new Date(at),
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** Formats a byte count for limits shown to the shopper ("10 MB"). */
export function formatBytes(bytes: number, tag: string): string {
  const mb = bytes / 1_048_576;
  return new Intl.NumberFormat(tag, {
    style: "unit",
    unit: mb >= 1 ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(mb >= 1 ? mb : bytes / 1024);
}
