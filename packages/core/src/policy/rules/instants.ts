// Instants on the evaluation hot path. `Date.prototype.toISOString` and `Date.parse` cost about a
// microsecond each here, which alone would use up the time budget of a 5-line evaluation; these
// give the same results for the instants orders carry (years 1970–9999) with integer arithmetic,
// and fall back to the built-ins for anything else (property-tested in instants.test.ts).

// "00" … "99": two-digit fields without padding work on every call.
const PAIRS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `new Date(ms).toISOString()`: `2026-03-18T12:30:00.000Z`. */
export function isoString(ms: number): string {
  if (!(ms >= 0 && ms < 253402300800000)) return new Date(ms).toISOString();
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  // Civil date from days since 1970-01-01 (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const yyyy = year < 1000 ? `000${year}`.slice(-4) : `${year}`;
  return `${yyyy}-${PAIRS[month]}-${PAIRS[day]}T${PAIRS[hours]}:${PAIRS[minutes]}:${PAIRS[seconds]}.${pad3(millis)}Z`;
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/** Days from 1970-01-01 to the civil date (proleptic Gregorian). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `Date.parse(text)` for ISO 8601 instants as the order snapshot carries them
 * (`YYYY-MM-DDTHH:mm[:ss[.fraction]](Z|±HH:MM)`); anything else goes to `Date.parse`.
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) {
    return Date.parse(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (
    text.charCodeAt(13) !== 58 ||
    !(month >= 1 && month <= 12) ||
    !(day >= 1 && day <= DAYS_IN_MONTH[month - 1]!)
  ) {
    return Date.parse(text);
  }
  let i = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(i) === 58) {
    second = digits(text, i + 1, 2);
    i += 3;
    if (text.charCodeAt(i) === 46) {
      i++;
      const start = i;
      // Only milliseconds count; further digits are truncated, as Date.parse does.
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
        if (i - start < 3) millis = millis * 10 + (text.charCodeAt(i) - 48);
        i++;
      }
      if (i === start) return Date.parse(text);
      for (let k = i - start; k < 3; k++) millis *= 10;
    }
  }
  let offset = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90 && i === n - 1) {
    offset = 0;
  } else if ((sign === 43 || sign === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    const offsetHours = digits(text, i + 1, 2);
    const offsetMinutes = digits(text, i + 4, 2);
    if (!(offsetHours <= 23 && offsetMinutes <= 59)) return Date.parse(text);
    const minutes = offsetHours * 60 + offsetMinutes;
    offset = sign === 43 ? minutes : -minutes;
  } else {
    return Date.parse(text);
  }
  if (!(hour <= 23 && minute <= 59 && second <= 59) || Number.isNaN(year)) {
    return Date.parse(text);
  }
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) {
    return Date.parse(text);
  }
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millis -
    offset * 60_000
  );
}
