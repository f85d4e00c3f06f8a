import { describe, expect, it } from "vitest";
import { stemWord, tokenizeEnglish } from "./english.js";

describe("stemWord", () => {
  it("brings inflections of one word together", () => {
    expect(["damage", "damaged", "damages", "damaging"].map(stemWord)).toEqual([
      "damag",
      "damag",
      "damag",
      "damag",
    ]);
    expect(["ship", "shipped", "shipping", "ships"].map(stemWord)).toEqual(["ship", "ship", "ship", "ship"]);
    expect(["reply", "replies", "replied"].map(stemWord)).toEqual(["reply", "reply", "reply"]);
    expect(["box", "boxes", "glass", "glasses"].map(stemWord)).toEqual(["box", "box", "glass", "glass"]);
  });

  it("keeps double l and s and short words", () => {
    expect(["billed", "missed", "used", "bus", "red"].map(stemWord)).toEqual([
      "bill",
      "miss",
      "used",
      "bus",
      "red",
    ]);
  });
});

describe("tokenizeEnglish", () => {
  it("turns negative contractions into not, typed with or without the apostrophe", () => {
    expect(tokenizeEnglish("It doesn't work, wasnt packed, can’t return").map((t) => t.stem)).toEqual([
      "it",
      "not",
      "work",
      "not",
      "pack",
      "not",
      "return",
    ]);
  });

  it("marks filler words and keeps offsets into the original text", () => {
    const tokens = tokenizeEnglish("Charged me TWICE");
    expect(tokens).toEqual([
      { stem: "charg", filler: false, start: 0, end: 7, clause: 0 },
      { stem: "me", filler: true, start: 8, end: 10, clause: 0 },
      { stem: "twic", filler: false, start: 11, end: 16, clause: 0 },
    ]);
  });

  it("starts a new clause at punctuation and at but", () => {
    expect(tokenizeEnglish("not late. box fine but glass broken").map((t) => [t.stem, t.clause])).toEqual([
      ["not", 0],
      ["late", 0],
      ["box", 1],
      ["fine", 1],
      ["glass", 2],
      ["broken", 2],
    ]);
  });

  it("keeps hyphenated words and Latin words inside Chinese text", () => {
    expect(tokenizeEnglish("copy-paste 回复，tracking不动").map((t) => t.stem)).toEqual([
      "copy-past",
      "track",
    ]);
  });
});
