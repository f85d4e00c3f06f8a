import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";

describe("toCsv", () => {
  it("writes a header and CRLF lines, quoting commas, quotes and line breaks", () => {
    expect(
      toCsv([
        { name: "Tea cup, blue", note: 'say "hi"', n: 3 },
        { name: "多行\n文本", note: null, n: 2.5 },
      ]),
    ).toBe('name,note,n\r\n"Tea cup, blue","say ""hi""",3\r\n"多行\n文本",,2.5\r\n');
  });

  it("writes empty cells for null, undefined and non-finite numbers, and JSON for objects", () => {
    expect(toCsv([{ a: undefined, b: Number.NaN, c: true, d: false, e: { x: 1 }, f: -0 }])).toBe(
      'a,b,c,d,e,f\r\n,,true,false,"{""x"":1}",0\r\n',
    );
  });

  it("follows the given columns and collects keys of later rows otherwise", () => {
    expect(toCsv([{ a: 1 }, { b: 2 }])).toBe("a,b\r\n1,\r\n,2\r\n");
    expect(toCsv([{ a: 1, b: 2 }], { columns: ["b", "a", "c"] })).toBe("b,a,c\r\n2,1,\r\n");
    expect(toCsv([], { columns: ["x"] })).toBe("x\r\n");
  });

  it("defuses spreadsheet formulas in text but never touches numbers", () => {
    expect(toCsv([{ t: "=HYPERLINK(1)", u: "+1", v: "@x", w: -5, x: "-" }])).toBe(
      "t,u,v,w,x\r\n'=HYPERLINK(1),'+1,'@x,-5,'-\r\n",
    );
    expect(toCsv([{ t: "=1" }], { guardFormulas: false })).toBe("t\r\n=1\r\n");
  });

  it("can start with a byte-order mark for Excel", () => {
    expect(toCsv([{ a: "退货" }], { bom: true })).toBe("\uFEFFa\r\n退货\r\n");
  });
});
