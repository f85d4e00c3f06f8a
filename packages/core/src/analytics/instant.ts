import { AftersalesError } from "../errors.js";

const DIGIT0 = 48;

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - DIGIT0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * @internal Epoch ms of an event instant. The canonical form events are stored in
 * (`2026-11-23T09:00:00.000Z`, what `toISOString` writes) is read with integer arithmetic —
 * analytics reads a million of them per report — and anything else goes through `Date.parse`.
 * Throws `invalid_instant` for a string that is not an instant.
 */
export function instantMs(s: string): number {
  if (s.length === 24 && s.charCodeAt(23) === 90 /* Z */ && s.charCodeAt(10) === 84 /* T */) {
    const y = digits(s, 0, 4);
    const mo = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    const h = digits(s, 11, 2);
    const mi = digits(s, 14, 2);
    const se = digits(s, 17, 2);
    const ms = digits(s, 20, 3);
    if (
      y >= 0 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      d <= 31 &&
      h >= 0 &&
      h <= 23 &&
      mi >= 0 &&
      mi <= 59 &&
      se >= 0 &&
      se <= 59 &&
      ms >= 0
    ) {
      const days = daysFromCivil(y, mo, d);
      // A day past the month's end (2026-02-30) is not an instant: let Date.parse decide.
      if (d <= 28 || new Date(days * 86_400_000).getUTCDate() === d) {
        return ((days * 24 + h) * 60 + mi) * 60_000 + se * 1000 + ms;
      }
    }
  }
  const parsed = Date.parse(s);
  if (!Number.isFinite(parsed))
    throw new AftersalesError("invalid_instant", `Invalid instant: ${JSON.stringify(s)}`);
  return parsed;
}
