import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoString, parseInstant } from "./instants.js";

const ms = fc.integer({ min: 0, max: 253_402_300_799_999 });

describe("hot-path instants equal the Date built-ins", () => {
  it("isoString = toISOString, including out of its fast range", () => {
    fc.assert(
      fc.property(ms, (t) => {
        expect(isoString(t)).toBe(new Date(t).toISOString());
      }),
    );
    for (const t of [0, 951_782_400_000, 1_709_164_800_000, 253_402_300_799_999, -1, -62_198_755_200_000]) {
      expect(isoString(t)).toBe(new Date(t).toISOString());
    }
  });

  it("parseInstant = Date.parse for every form an order carries", () => {
    fc.assert(
      fc.property(ms, fc.integer({ min: -14 * 60, max: 14 * 60 }), (t, offsetMinutes) => {
        const iso = new Date(t).toISOString();
        const sign = offsetMinutes < 0 ? "-" : "+";
        const a = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
        for (const text of [
          iso,
          `${iso.slice(0, 19)}Z`,
          `${iso.slice(0, 16)}Z`,
          `${iso.slice(0, 21)}Z`,
          `${iso.slice(0, 23)}987Z`,
          `${iso.slice(0, 19)}${offset}`,
          `${iso.slice(0, 23)}${offset}`,
        ]) {
          expect(parseInstant(text), text).toBe(Date.parse(text));
        }
      }),
    );
  });

  it("hands anything unusual to Date.parse", () => {
    for (const text of [
      "2026-02-29T00:00:00Z",
      "2024-02-29T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-01-01T24:00:00Z",
      "2026-01-01T00:00:00+25:00",
      "2026-01-01T00:00:00.Z",
      "2026-01-01T00:00:00",
      "2026-01-01T0a:00:00Z",
      "2026-01-01 00:00:00Z",
      "20x6-01-01T00:00:00Z",
      "2026-01-01T00-00:00Z",
      "2026",
    ]) {
      const expected = Date.parse(text);
      if (Number.isNaN(expected)) expect(parseInstant(text), text).toBeNaN();
      else expect(parseInstant(text), text).toBe(expected);
    }
  });
});
