/**
 * Wall-clock ↔ instant conversion for one IANA zone, built on `Intl.DateTimeFormat` (no bundled
 * tz database). Slow (microseconds per call): the compiled calendar calls it a few times per local
 * date and caches the result.
 *
 * Wall times are given as "wall milliseconds": the local date and time read as if it were UTC
 * (`Date.UTC(y, m, d, h, min)`), so `utc = wall - offset`.
 *
 * Assumption: a zone changes its offset at most once within any 3-day window (true of every
 * transition in the IANA database since 1900 as far as business use goes).
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Offsets and wall → UTC conversion for one time zone. */
export interface ZoneClock {
  /** The zone's offset (wall minus UTC, in ms) at a UTC instant. */
  offsetAt(utc: number): number;
  /**
   * The instant of a wall time. A wall time that occurs twice (clocks go back) resolves to its
   * first occurrence; a wall time that does not exist (clocks go forward) resolves to the end of the
   * gap, i.e. the instant the clocks jump. Both choices keep the mapping non-decreasing, so an
   * interval never turns inside out across a DST change.
   */
  wallToUtc(wall: number): number;
  /** `wallToUtc` for several (at least one) wall times that lie within about two days of each other. */
  wallsToUtc(walls: readonly number[]): number[];
}

const OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Creates the {@link ZoneClock} of an IANA zone (the name must already be validated). */
export function zoneClock(timeZone: string): ZoneClock {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });

  const offsetAt = (utc: number): number => {
    const parts = format.formatToParts(utc);
    let name = "GMT";
    for (const part of parts) if (part.type === "timeZoneName") name = part.value;
    const match = OFFSET.exec(name);
    if (!match?.[1]) return 0;
    const magnitude = Number(match[2]) * HOUR_MS + Number(match[3]) * 60_000 + Number(match[4] ?? 0) * 1000;
    return match[1] === "-" ? -magnitude : magnitude;
  };

  const wallToUtc = (wall: number): number => {
    const before = offsetAt(wall - DAY_MS);
    const after = offsetAt(wall + DAY_MS);
    if (before === after) return wall - before;
    const early = wall - before;
    const late = wall - after;
    const earlyValid = offsetAt(early) === before;
    const lateValid = offsetAt(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (earlyValid) return early;
    if (lateValid) return late;
    // In the gap: the jump happened between `late` (still the old offset) and `early` (new one).
    let lo = Math.min(early, late);
    let hi = Math.max(early, late);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  };

  const wallsToUtc = (walls: readonly number[]): number[] => {
    let min = walls[0]!;
    let max = walls[0]!;
    for (const wall of walls) {
      if (wall < min) min = wall;
      if (wall > max) max = wall;
    }
    // Offsets lie within −12h…+14h: these two instants bracket every wall time asked for.
    const first = offsetAt(min - 15 * HOUR_MS);
    const last = offsetAt(max + 13 * HOUR_MS);
    if (first === last) return walls.map((wall) => wall - first);
    return walls.map(wallToUtc);
  };

  return { offsetAt, wallToUtc, wallsToUtc };
}
