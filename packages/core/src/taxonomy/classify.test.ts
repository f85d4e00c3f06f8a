import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { defaultComplaintTaxonomy } from "./categories.js";
import { classify, createClassifier, detectLocale } from "./classify.js";
import { englishLexicon } from "./lexicon/en.js";
import type { Lexicon } from "./lexicon/types.js";
import { chineseLexicon } from "./lexicon/zh.js";

const noEscalation = { flagged: false, signals: [] };

describe("classify — English", () => {
  it("ranks delivery damage with the matched phrases and the category's priority", () => {
    expect(classify("The mug arrived smashed and the box was crushed. I want a replacement.")).toEqual({
      categories: [
        {
          category: "delivery_damage",
          confidence: 0.777,
          score: 7,
          matched: [
            { term: "arrived smashed", weight: 3, index: 8 },
            { term: "box", weight: 1, index: 32 },
            { term: "crushed", weight: 3, index: 40 },
          ],
        },
      ],
      escalation: noEscalation,
      suggestedPriority: "high",
      locale: "en",
    });
  });

  it("ignores a damage word that is negated and keeps the real complaint", () => {
    expect(classify("The box wasn't damaged at all, but you sent the wrong size.")).toEqual({
      categories: [
        {
          category: "wrong_or_missing_item",
          confidence: 0.5,
          score: 3,
          matched: [{ term: "sent the wrong", weight: 3, index: 39 }],
        },
        {
          category: "delivery_damage",
          confidence: 0.166,
          score: 1,
          matched: [{ term: "box", weight: 1, index: 4 }],
        },
      ],
      escalation: noEscalation,
      suggestedPriority: "high",
      locale: "en",
    });
  });

  it("lets a negation reach over filler words but not into the next clause", () => {
    const result = classify("No sign of damage, the parcel just never arrived.");
    expect(result.categories.map((c) => c.category)).toEqual(["delivery_delay"]);
    expect(result.categories[0]!.matched).toEqual([{ term: "never arrived", weight: 3, index: 35 }]);
    expect(classify("Not late. The glass was shattered.").categories[0]!.matched).toEqual([
      { term: "shattered", weight: 3, index: 24 },
    ]);
  });

  it("counts a repeated term once", () => {
    expect(classify("Rude rude rude. Rude staff.").categories).toEqual([
      {
        category: "service_attitude",
        confidence: 0.666,
        score: 4,
        matched: [
          { term: "Rude", weight: 3, index: 0 },
          { term: "staff", weight: 1, index: 21 },
        ],
      },
    ]);
  });

  it("matches a phrase across filler words and across inflections", () => {
    expect(classify("You charged me twice!").categories[0]).toEqual({
      category: "billing_payment",
      confidence: 0.6,
      score: 3,
      matched: [{ term: "charged me twice", weight: 3, index: 4 }],
    });
  });

  it("falls back to other with no evidence when nothing matches", () => {
    expect(classify("Hello there")).toEqual({
      categories: [{ category: "other", confidence: 0, score: 0, matched: [] }],
      escalation: noEscalation,
      suggestedPriority: "low",
      locale: "en",
    });
  });
});

describe("classify — Simplified Chinese", () => {
  it("finds damage terms by substring and flags 12315", () => {
    expect(classify("快递盒子压扁了，里面的杯子碎了，我要投诉到12315")).toEqual({
      categories: [
        {
          category: "delivery_damage",
          confidence: 0.7,
          score: 7,
          matched: [
            { term: "盒子", weight: 1, index: 2 },
            { term: "压扁", weight: 3, index: 4 },
            { term: "碎了", weight: 3, index: 13 },
          ],
        },
        {
          category: "delivery_delay",
          confidence: 0.1,
          score: 1,
          matched: [{ term: "快递", weight: 1, index: 0 }],
        },
      ],
      escalation: { flagged: true, signals: [{ kind: "consumer_body", term: "12315", index: 21 }] },
      suggestedPriority: "urgent",
      locale: "zh-Hans",
    });
  });

  it("cancels a damage term after 没有 and keeps the wrong-item complaint", () => {
    expect(classify("包装完好，没有破损，就是颜色发错了").categories).toEqual([
      {
        category: "wrong_or_missing_item",
        confidence: 0.5,
        score: 3,
        matched: [{ term: "发错", weight: 3, index: 14 }],
      },
      {
        category: "delivery_damage",
        confidence: 0.166,
        score: 1,
        matched: [{ term: "包装", weight: 1, index: 0 }],
      },
    ]);
  });

  it("counts only the longest of overlapping terms (仅退款, not also 退款)", () => {
    expect(classify("申请仅退款被拒绝了").categories).toEqual([
      {
        category: "return_refund_process",
        confidence: 0.6,
        score: 3,
        matched: [{ term: "仅退款", weight: 3, index: 2 }],
      },
    ]);
  });

  it("reads code-mixed text with both lexicons and calls it Chinese", () => {
    expect(classify("我的order还没发货，tracking一直不动")).toEqual({
      categories: [
        {
          category: "delivery_delay",
          confidence: 0.714,
          score: 5,
          matched: [
            { term: "还没发货", weight: 3, index: 7 },
            { term: "tracking", weight: 2, index: 12 },
          ],
        },
      ],
      escalation: noEscalation,
      suggestedPriority: "normal",
      locale: "zh-Hans",
    });
  });

  it("does not take 12315 out of a longer number", () => {
    expect(classify("订单号123156789还没发货").escalation).toEqual(noEscalation);
  });
});

describe("classify — Traditional Chinese", () => {
  it("matches Simplified lexicon terms written in Traditional characters and reports them as written", () => {
    expect(classify("收到的時候外箱壓扁，裡面的杯子都碎了")).toEqual({
      categories: [
        {
          category: "delivery_damage",
          confidence: 0.818,
          score: 9,
          matched: [
            { term: "收到的時候", weight: 1, index: 0 },
            { term: "外箱", weight: 2, index: 5 },
            { term: "壓扁", weight: 3, index: 7 },
            { term: "碎了", weight: 3, index: 16 },
          ],
        },
      ],
      escalation: noEscalation,
      suggestedPriority: "high",
      locale: "zh-Hant",
    });
  });

  it("flags 消保官 (Taiwan) and raises billing to urgent", () => {
    expect(classify("信用卡被重複扣款兩次，我要找消保官")).toEqual({
      categories: [
        {
          category: "billing_payment",
          confidence: 0.666,
          score: 4,
          matched: [
            { term: "信用卡", weight: 2, index: 0 },
            { term: "扣款", weight: 2, index: 6 },
          ],
        },
      ],
      escalation: { flagged: true, signals: [{ kind: "consumer_body", term: "消保官", index: 14 }] },
      suggestedPriority: "urgent",
      locale: "zh-Hant",
    });
  });

  it("flags 消委會 (Hong Kong) in Cantonese text", () => {
    expect(classify("退款成個月都未到，我會向消委會投訴")).toEqual({
      categories: [
        {
          category: "return_refund_process",
          confidence: 0.6,
          score: 3,
          matched: [{ term: "退款", weight: 3, index: 0 }],
        },
      ],
      escalation: { flagged: true, signals: [{ kind: "consumer_body", term: "消委會", index: 12 }] },
      suggestedPriority: "urgent",
      locale: "zh-Hant",
    });
  });
});

describe("escalation", () => {
  it("lists every signal in text order and takes the highest priority floor", () => {
    const result = classify(
      "The kettle caught fire and burned my hand. I will report you to trading standards and my lawyer.",
    );
    expect(result.categories[0]!.category).toBe("product_quality");
    expect(result.escalation).toEqual({
      flagged: true,
      signals: [
        { kind: "safety", term: "caught fire", index: 11 },
        { kind: "safety", term: "burned", index: 27 },
        { kind: "regulator", term: "trading standards", index: 64 },
        { kind: "legal", term: "lawyer", index: 89 },
      ],
    });
    expect(result.suggestedPriority).toBe("urgent");
  });

  it("raises a normal category to high for a chargeback or a public post", () => {
    const chargeback = classify("Still waiting for my parcel, I'll open a dispute with PayPal.");
    expect(chargeback.categories[0]!.category).toBe("delivery_delay");
    expect(chargeback.escalation.signals).toEqual([{ kind: "chargeback", term: "dispute", index: 41 }]);
    expect(chargeback.suggestedPriority).toBe("high");
    const media = classify("客服态度太差，我要发微博");
    expect(media.escalation.signals).toEqual([{ kind: "media", term: "微博", index: 10 }]);
    expect(media.suggestedPriority).toBe("high");
  });

  it("flags regulators, lawyers and chargebacks in Chinese", () => {
    const kinds = (text: string) => classify(text).escalation.signals.map((s) => s.kind);
    expect(kinds("再不退款我就去市场监管局举报")).toEqual(["regulator", "regulator"]);
    expect(kinds("我已經請律師準備提告")).toEqual(["legal", "legal"]);
    expect(kinds("我会找银行申请拒付")).toEqual(["chargeback"]);
    expect(kinds("孩子用了以后过敏住院了")).toEqual(["safety"]);
  });

  it("does not flag an ordinary complaint", () => {
    expect(classify("The discount code did not work at checkout.").escalation).toEqual(noEscalation);
  });
});

describe("detectLocale", () => {
  it("lets the text decide over the hint", () => {
    expect(detectLocale("退货还没处理", "en")).toBe("zh-Hans");
    expect(detectLocale("退貨還沒處理", "zh-Hans")).toBe("zh-Hant");
    expect(detectLocale("Where is my refund?", "zh-Hant")).toBe("en");
  });

  it("uses the hint only when the text cannot tell", () => {
    expect(detectLocale("客服", "zh-Hant")).toBe("zh-Hant");
    expect(detectLocale("客服")).toBe("zh-Hans");
    expect(detectLocale("12315!!!", "zh-Hant")).toBe("zh-Hant");
    expect(detectLocale("")).toBe("en");
  });

  it("calls text English when Latin words outnumber Han characters", () => {
    expect(detectLocale("Please call 12315 or 消协 now")).toBe("en");
  });
});

describe("createClassifier", () => {
  const giftLexicon: Lexicon = {
    language: "en",
    categories: { other: { "gift wrap": 3 } },
    escalation: { media: ["instagram story"] },
    negatable: [],
    negators: [],
  };

  it("uses the merchant's lexicons and taxonomy", () => {
    const merchant = createClassifier({
      lexicons: [giftLexicon],
      taxonomy: {
        ...defaultComplaintTaxonomy,
        other: { ...defaultComplaintTaxonomy.other, priority: "normal" },
      },
    });
    expect(merchant("Gift wrapping was missing, posting this on my Instagram story")).toEqual({
      categories: [
        {
          category: "other",
          confidence: 0.6,
          score: 3,
          matched: [{ term: "Gift wrapping", weight: 3, index: 0 }],
        },
      ],
      escalation: { flagged: true, signals: [{ kind: "media", term: "Instagram story", index: 46 }] },
      suggestedPriority: "high",
      locale: "en",
    });
  });

  it("refuses a lexicon with a bad weight", () => {
    const bad = { ...giftLexicon, categories: { other: { "gift wrap": -1 } } };
    expect(() => createClassifier({ lexicons: [bad] })).toThrow(AftersalesError);
    expect(() => createClassifier({ lexicons: [bad] })).toThrow(/categories\.other\.gift wrap/);
  });

  it("refuses a negatable term that no category uses", () => {
    const bad = { ...giftLexicon, negatable: ["broken"] };
    let error: unknown;
    try {
      createClassifier({ lexicons: [bad] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AftersalesError);
    expect((error as AftersalesError).code).toBe("invalid_lexicon");
  });

  it("refuses a term made only of filler words", () => {
    expect(() =>
      createClassifier({ lexicons: [{ ...giftLexicon, categories: { other: { "it is": 1 } } }] }),
    ).toThrow('Lexicon term "it is" has no word to match');
  });
});

describe("classify — properties", () => {
  const vocabulary = [
    ...Object.values(englishLexicon.categories).flatMap((terms) => Object.keys(terms ?? {})),
    ...Object.values(chineseLexicon.categories).flatMap((terms) => Object.keys(terms ?? {})),
    ...Object.values(englishLexicon.escalation).flat(),
    "not",
    "没有",
    "the",
    "，",
    ". ",
    "hello",
    "你好",
  ];
  const complaint = fc
    .array(fc.constantFrom(...vocabulary), { maxLength: 12 })
    .map((words) => words.join(" "));

  it("gives confidences in 0..1 that add up to at most 1, best score first", () => {
    fc.assert(
      fc.property(complaint, (text) => {
        const { categories } = classify(text);
        const total = categories.reduce((sum, c) => sum + c.confidence, 0);
        expect(total).toBeLessThanOrEqual(1);
        for (const c of categories) {
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThan(1);
        }
        for (let i = 1; i < categories.length; i++) {
          expect(categories[i - 1]!.score).toBeGreaterThanOrEqual(categories[i]!.score);
        }
      }),
    );
  });

  it("is deterministic and reports every matched term as it stands in the text", () => {
    fc.assert(
      fc.property(complaint, (text) => {
        const first = classify(text);
        expect(classify(text)).toEqual(first);
        for (const c of first.categories) {
          for (const m of c.matched) expect(text.slice(m.index, m.index + m.term.length)).toBe(m.term);
        }
        for (const s of first.escalation.signals)
          expect(text.slice(s.index, s.index + s.term.length)).toBe(s.term);
      }),
    );
  });
});
