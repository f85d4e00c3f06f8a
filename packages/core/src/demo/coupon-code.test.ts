import { describe, expect, it } from "vitest";
import { demoCouponCode } from "./coupon-code.js";

describe("demoCouponCode", () => {
  it("derives the same readable code from the same key", () => {
    const free = () => false;
    expect(demoCouponCode("case-42-apology", free)).toBe("DEMO-Q2Z8-MRJ5");
    expect(demoCouponCode("case-42-apology", free)).toBe("DEMO-Q2Z8-MRJ5");
    expect(demoCouponCode("case-43-apology", free)).not.toBe("DEMO-Q2Z8-MRJ5");
    expect(demoCouponCode("任意の鍵", free)).toMatch(/^DEMO-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("moves on to the next derived code when one is taken", () => {
    const taken = new Set(["DEMO-Q2Z8-MRJ5"]);
    const isTaken = (code: string) => taken.has(code);
    expect(demoCouponCode("case-42-apology", isTaken)).toBe("DEMO-GV26-T4NX");
    taken.add("DEMO-GV26-T4NX");
    expect(demoCouponCode("case-42-apology", isTaken)).toBe("DEMO-Y5EZ-ZWZS");
  });
});
