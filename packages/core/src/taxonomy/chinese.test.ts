import { describe, expect, it } from "vitest";
import { chineseEvidence, foldText } from "./chinese.js";

describe("foldText", () => {
  it("folds Traditional characters to Simplified one for one (and full-width punctuation to ASCII)", () => {
    expect(foldText("退貨退款，包裝破損，個資外洩")).toBe("退货退款,包装破损,个资外泄");
  });

  it("folds every Traditional variant of a character to the same Simplified one", () => {
    expect(foldText("發票 頭髮 後來 裡面 裏面")).toBe("发票 头发 后来 里面 里面");
  });

  it("turns full-width digits and letters into lowercase ASCII and keeps offsets", () => {
    const text = "打１２３１５投訴ＡＰＰ";
    const folded = foldText(text);
    expect(folded).toBe("打12315投诉app");
    expect(folded.length).toBe(text.length);
  });

  it("leaves Simplified text and English as they are apart from case", () => {
    expect(foldText("快递还没到 Where Is My Order")).toBe("快递还没到 where is my order");
  });
});

describe("chineseEvidence", () => {
  it("counts script-specific characters", () => {
    expect(chineseEvidence("退貨還沒處理")).toEqual({ han: 6, traditional: 4, simplified: 0 });
    expect(chineseEvidence("退货还没处理")).toEqual({ han: 6, traditional: 0, simplified: 4 });
  });

  it("counts Cantonese particles as Traditional (Hong Kong) evidence", () => {
    expect(chineseEvidence("未收到嘅貨")).toEqual({ han: 5, traditional: 2, simplified: 0 });
  });

  it("gives no script evidence for characters both scripts share", () => {
    expect(chineseEvidence("客服")).toEqual({ han: 2, traditional: 0, simplified: 0 });
    expect(chineseEvidence("order 12315")).toEqual({ han: 0, traditional: 0, simplified: 0 });
  });
});
