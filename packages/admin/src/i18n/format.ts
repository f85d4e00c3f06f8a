import type { Money } from "@aftersales/core";
import { en, type MessageKey } from "./en.js";
import { zhHans } from "./zh-hans.js";

/** The console's languages. */
export const Locale = { en: "en", "zh-Hans": "zh-Hans" } as const;
/** A language of the console. */
export type Locale = (typeof Locale)[keyof typeof Locale];

const tables: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, "zh-Hans": zhHans };

/** Parameters of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Picks a supported locale for a BCP 47 tag (`zh-CN`, `zh-Hans-CN` → `zh-Hans`; anything else → `en`). */
export function pickLocale(tag: string | undefined | null): Locale {
  if (!tag) return "en";
  const lower = tag.toLowerCase();
  if (lower === "zh" || lower.startsWith("zh-hans") || lower === "zh-cn" || lower === "zh-sg")
    return "zh-Hans";
  return "en";
}

/** The text of `key` in `locale` with `{name}` parameters filled in (unknown names stay visible). */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = tables[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether `key` is a message key (for keys built from API codes such as `status.${status}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** `label(prefix, code)`: the translated label of an API code, or the code itself when unknown. */
export function codeLabel(locale: Locale, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? translate(locale, key) : code;
}

const MINUTE = 60_000;

/**
 * A duration in words for badges: minutes under an hour, hours (and minutes) under a day, days (and
 * hours) beyond. Rounded down to the whole minute, so "due in 25 min" never promises more time than
 * is left.
 */
export function formatDuration(locale: Locale, ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 60) return translate(locale, "duration.min", { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const m = minutes % 60;
    return m === 0
      ? translate(locale, "duration.h", { n: hours })
      : translate(locale, "duration.hmin", { h: hours, m });
  }
  const days = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0
    ? translate(locale, "duration.d", { n: days })
    : translate(locale, "duration.dh", { d: days, h });
}

/** An instant as a date and time in the store's zone (`23 Nov 2026, 10:30`). */
export function formatInstant(locale: Locale, timeZone: string, iso: string | number): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

/** The local date `YYYY-MM-DD` of an instant in a zone. */
export function localDate(timeZone: string, instant: number | string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Digits after the decimal point of a currency (EUR 2, JPY 0, KWD 3), from Intl. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Minor units as an exact decimal string (`1999` EUR → `"19.99"`, `-5` → `"-0.05"`). */
export function decimalString(money: Money): string {
  const digits = currencyDigits(money.currency);
  const negative = money.amount < 0;
  const raw = String(Math.abs(money.amount)).padStart(digits + 1, "0");
  const whole = digits === 0 ? raw : raw.slice(0, raw.length - digits);
  const fraction = digits === 0 ? "" : `.${raw.slice(raw.length - digits)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Money for people, in the locale's style (`€19.99`, `¥1,999`); exact, never through a float sum. */
export function formatMoney(locale: Locale, money: Money): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: money.currency });
  // Intl formats decimal strings exactly (ES2023 Intl.NumberFormat v3).
  return format.format(decimalString(money) as unknown as number);
}

/**
 * Reads an amount typed by staff (`12.5`, `12,50`, `1 234.00`) as minor units of `currency`;
 * `null` when it is not a non-negative amount with at most the currency's digits.
 */
export function parseAmount(input: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const cleaned = input
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  const minor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) ? minor : null;
}

/** A percentage as the API gives it (`97.5` → `97.5%`, `null` → `—`). */
export function formatPercent(locale: Locale, value: number | null): string {
  if (value === null) return "—";
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}%`;
}

/** A plain figure as the API gives it (`null` → `—`). */
export function formatNumber(locale: Locale, value: number | null): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function zoneOffsetMs(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time (`2026-11-23T09:30`) in a zone. A time skipped by a DST jump maps
 * to the instant after the jump; a repeated time to its first occurrence.
 */
export function zonedWallToUtc(wall: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!m) throw new RangeError(`not a local date-time: ${wall}`);
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The zone's offsets a day before and after cover both sides of any transition near the time.
  const before = zoneOffsetMs(timeZone, guess - 86_400_000);
  const after = zoneOffsetMs(timeZone, guess + 86_400_000);
  const matching = [guess - before, guess - after].filter((c) => zoneOffsetMs(timeZone, c) === guess - c);
  const candidate = matching.length > 0 ? Math.min(...matching) : guess - before;
  return new Date(candidate).toISOString();
}
