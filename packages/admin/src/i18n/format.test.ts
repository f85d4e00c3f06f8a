import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import {
  decimalString,
  formatDuration,
  formatInstant,
  formatMoney,
  localDate,
  parseAmount,
  pickLocale,
  translate,
  zonedWallToUtc,
} from "./format.js";
import { zhHans } from "./zh-hans.js";

describe("message tables", () => {
  it("zh-Hans has exactly the English keys, and no text is empty", () => {
    expect(Object.keys(zhHans).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(zhHans).filter(([, v]) => v.trim() === "")).toEqual([]);
  });

  it("uses the glossary's staff words", () => {
    expect([
      zhHans["inbox.views.mine"],
      zhHans["status.acknowledged"],
      zhHans["sla.target.first_response"],
    ]).toEqual(["我的工单", "已受理", "首次响应"]);
    expect(zhHans["slaPage.extraDays"]).toBe("调休上班日");
  });

  it("fills parameters and leaves unknown ones visible", () => {
    expect(translate("en", "sla.dueIn", { time: "25 min" })).toBe("due in 25 min");
    expect(translate("zh-Hans", "sla.breachedAgo", { time: "2 小时" })).toBe("已超时 2 小时");
    expect(translate("en", "sla.dueIn")).toBe("due in {time}");
  });

  it("picks zh-Hans for Simplified Chinese tags only", () => {
    expect(["zh-CN", "zh-Hans-CN", "zh", "zh-TW", "de-DE", null].map(pickLocale)).toEqual([
      "zh-Hans",
      "zh-Hans",
      "zh-Hans",
      "en",
      "en",
      "en",
    ]);
  });
});

describe("formatDuration", () => {
  const min = 60_000;
  it("says minutes, hours and minutes, days and hours, rounded down", () => {
    expect(
      [25 * min + 59_999, 60 * min, 90 * min, 24 * 60 * min, 26 * 60 * min + 5 * min, -(2 * 60 * min)].map(
        (ms) => formatDuration("en", ms),
      ),
    ).toEqual(["25 min", "1 h", "1 h 30 min", "1 d", "1 d 2 h", "2 h"]);
    expect(formatDuration("zh-Hans", 90 * min)).toBe("1 小时 30 分钟");
  });
});

describe("dates in the store's zone", () => {
  it("shows an instant in the zone, not the machine's", () => {
    expect(formatInstant("en", "Asia/Shanghai", "2026-11-23T09:00:00.000Z")).toBe("Nov 23, 2026, 17:00");
    expect(formatInstant("en", "Europe/Berlin", "2026-11-23T23:30:00.000Z")).toBe("Nov 24, 2026, 00:30");
    expect(localDate("America/New_York", "2026-11-23T03:00:00.000Z")).toBe("2026-11-22");
  });

  it("reads a wall-clock time in a zone, across DST", () => {
    expect(zonedWallToUtc("2026-11-23T09:30", "Europe/Berlin")).toBe("2026-11-23T08:30:00.000Z");
    expect(zonedWallToUtc("2026-07-01T09:30", "Europe/Berlin")).toBe("2026-07-01T07:30:00.000Z");
    expect(zonedWallToUtc("2026-02-17T09:00", "Asia/Shanghai")).toBe("2026-02-17T01:00:00.000Z");
    // 02:30 does not exist on 29 March 2026 in Berlin: the instant after the jump.
    expect(zonedWallToUtc("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    // 02:30 happens twice on 25 October 2026: the first one (still summer time).
    expect(zonedWallToUtc("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("money", () => {
  it("prints minor units exactly for each currency's digits", () => {
    expect(
      [
        { amount: 1999, currency: "EUR" },
        { amount: 5, currency: "EUR" },
        { amount: -1999, currency: "EUR" },
        { amount: 1999, currency: "JPY" },
        { amount: 12345, currency: "KWD" },
      ].map(decimalString),
    ).toEqual(["19.99", "0.05", "-19.99", "1999", "12.345"]);
    expect(formatMoney("en", { amount: 2000, currency: "EUR" })).toBe("€20.00");
    expect(formatMoney("zh-Hans", { amount: 9007199254740991, currency: "CNY" })).toBe(
      "¥90,071,992,547,409.91",
    );
  });

  it("reads typed amounts as minor units, refusing extra digits and junk", () => {
    expect(["12.5", "12,50", "1 234.00", "0", "20"].map((s) => parseAmount(s, "EUR"))).toEqual([
      1250, 1250, 123400, 0, 2000,
    ]);
    expect(parseAmount("800", "JPY")).toBe(800);
    expect(["12.345", "-1", "abc", "", "1.2.3"].map((s) => parseAmount(s, "EUR"))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(parseAmount("1.5", "JPY")).toBe(null);
    expect(parseAmount("1.234", "KWD")).toBe(1234);
  });
});
