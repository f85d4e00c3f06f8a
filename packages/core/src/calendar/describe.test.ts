import { describe, expect, it } from "vitest";
import { calendar247 } from "./always-open.js";
import { compileCalendar } from "./compile.js";
import { describeHours } from "./describe.js";
import type { OpeningInterval } from "./schema.js";

const nineToSix: OpeningInterval[] = [{ start: "09:00", end: "18:00" }];
const split: OpeningInterval[] = [
  { start: "13:30", end: "18:00" },
  { start: "09:00", end: "12:00" },
];

describe("describeHours", () => {
  const weekdays = compileCalendar({
    timeZone: "Asia/Shanghai",
    weekly: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix },
  });

  it("describes Mon–Fri hours with the zone's name in each language", () => {
    expect(describeHours(weekdays, "en")).toBe("Mon–Fri 09:00–18:00 (China Standard Time)");
    expect(describeHours(weekdays, "zh-Hans")).toBe("周一至周五 09:00–18:00（中国标准时间）");
    expect(describeHours(weekdays, "zh-Hant")).toBe("週一至週五 09:00–18:00（中國標準時間）");
  });

  it("lists split hours in order and groups days with the same hours", () => {
    const calendar = compileCalendar({
      timeZone: "Europe/Berlin",
      weekly: {
        mon: split,
        tue: split,
        wed: split,
        thu: nineToSix,
        fri: split,
        sat: [{ start: "10:00", end: "14:00" }],
        sun: [{ start: "10:00", end: "14:00" }],
      },
    });
    expect(describeHours(calendar, "en")).toBe(
      "Mon–Wed, Fri 09:00–12:00, 13:30–18:00; Thu 09:00–18:00; Sat, Sun 10:00–14:00 (Central European Time)",
    );
    expect(describeHours(calendar, "zh-Hans")).toBe(
      "周一至周三、周五 09:00–12:00、13:30–18:00；周四 09:00–18:00；周六、周日 10:00–14:00（中欧时间）",
    );
  });

  it("marks intervals that end on the next day and whole days", () => {
    const calendar = compileCalendar({
      timeZone: "America/New_York",
      weekly: { fri: [{ start: "22:00", end: "02:00" }], sun: [{ start: "00:00", end: "24:00" }] },
    });
    expect(describeHours(calendar, "en")).toBe("Fri 22:00–02:00 next day; Sun 24 hours (Eastern Time)");
    const evening = compileCalendar({ timeZone: "UTC", weekly: { tue: [{ start: "18:00", end: "00:00" }] } });
    expect(describeHours(evening, "en")).toBe("Tue 18:00–24:00 (Coordinated Universal Time)");
    expect(describeHours(calendar, "zh-Hans")).toBe(
      "周五 22:00–次日02:00；周日 全天 24 小时（北美东部时间）",
    );
    expect(describeHours(calendar, "zh-Hant")).toBe("週五 22:00–翌日02:00；週日 全天 24 小時（東部時間）");
  });

  it("names UTC by its long name and says when a calendar never closes", () => {
    const utc = compileCalendar({ timeZone: "UTC", weekly: { mon: nineToSix } });
    expect(describeHours(utc, "en")).toBe("Mon 09:00–18:00 (Coordinated Universal Time)");
    expect(describeHours(calendar247(), "en")).toBe("Open 24 hours, every day");
    expect(describeHours(calendar247("Asia/Taipei"), "zh-Hant")).toBe("每天 24 小時營業");
    expect(describeHours(calendar247(), "zh-Hans")).toBe("每天 24 小时营业");
  });

  it("uses half-hour and 45-minute zones' names", () => {
    const kolkata = compileCalendar({ timeZone: "Asia/Kolkata", weekly: { mon: nineToSix } });
    const kathmandu = compileCalendar({ timeZone: "Asia/Kathmandu", weekly: { sun: nineToSix } });
    expect(describeHours(kolkata, "en")).toBe("Mon 09:00–18:00 (India Standard Time)");
    expect(describeHours(kathmandu, "zh-Hans")).toBe("周日 09:00–18:00（尼泊尔时间）");
  });
});
