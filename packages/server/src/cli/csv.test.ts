import { describe, expect, it } from "vitest";
import { csvField } from "./csv.js";

describe("csvField", () => {
  it("quotes separators and neutralises formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });
});
