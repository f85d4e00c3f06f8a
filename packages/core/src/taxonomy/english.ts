/** One word of a text, reduced for matching, with where it stands in the original text. */
export interface WordToken {
  /** The stemmed, lowercased word (`"damaged"` → `"damag"`; `"doesn't"` → `"not"`). */
  readonly stem: string;
  /** Offset of the word in the original text (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the word. */
  readonly end: number;
  /** Clause number: punctuation and "but" start a new clause, and negation never crosses one. */
  readonly clause: number;
  /** A filler word (the, my, it, ...): a phrase may skip it in the text. */
  readonly filler: boolean;
}

// Latin words and numbers, with inner apostrophes ("isn't", "someone's") and hyphens
// ("copy-paste", "next-day") kept inside the word.
const WORD = /[\p{Script=Latin}\p{N}]+(?:['’‘-][\p{Script=Latin}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[.!?;:,，。！？；：…\n]/;

// Words that carry no meaning for the categories: a phrase may skip them in the text, so the
// phrase "charged twice" also matches "charged me twice" and "not received my order" matches
// "haven't received the order". A phrase may still name one ("on hold", "the press").
const FILLER: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "my",
  "me",
  "i",
  "it",
  "its",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "am",
  "this",
  "that",
  "these",
  "those",
  "your",
  "you're",
  "our",
  "we",
  "to",
  "of",
  "for",
  "on",
  "in",
  "at",
  "with",
  "and",
  "or",
  "so",
  "just",
  "very",
  "really",
  "have",
  "has",
  "had",
  "do",
  "does",
  "did",
  "any",
  "even",
  "yet",
  "also",
  "too",
  "all",
  "completely",
  "totally",
]);

// Contractions spelled without the apostrophe, as shoppers type them.
const BARE_NEGATIONS: ReadonlySet<string> = new Set([
  "cant",
  "cannot",
  "dont",
  "didnt",
  "doesnt",
  "isnt",
  "wasnt",
  "werent",
  "arent",
  "havent",
  "hasnt",
  "hadnt",
  "wont",
  "wouldnt",
  "couldnt",
  "shouldnt",
  "aint",
]);

const KEEP_DOUBLE = new Set(["l", "s", "z"]);

/**
 * Light English stemming: plural and verb endings are removed so that "damaged", "damages" and
 * "damage" meet, "replies" and "replied" become "reply", "shipped" and "shipping" become "ship".
 * It is deliberately crude (no dictionary); it only has to treat the text and the lexicon alike.
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && (w.endsWith("ies") || w.endsWith("ied"))) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith("ed")) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.at(-1);
  return last !== undefined && w.at(-2) === last && !KEEP_DOUBLE.has(last) && /[a-z]/.test(last)
    ? w.slice(0, -1)
    : w;
}

function normaliseWord(raw: string): { stem: string; filler: boolean } {
  const w = raw.toLowerCase().replace(/[’‘]/g, "'");
  if (w.endsWith("n't") || BARE_NEGATIONS.has(w)) return { stem: "not", filler: false };
  const base = w.replace(/'(?:s|ve|re|ll|d|m)$/, "");
  if (FILLER.has(base)) return { stem: base, filler: true };
  return { stem: stemWord(base), filler: false };
}

/**
 * Splits text into stemmed words with their offsets, marking filler words and turning negative
 * contractions ("doesn't", "wasnt", "can't") into `not`.
 */
export function tokenizeEnglish(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (CLAUSE_BREAK.test(text.slice(last, start))) clause++;
    last = start + m[0].length;
    const lower = m[0].toLowerCase();
    if (lower === "but" || lower === "however" || lower === "although") {
      clause++;
      continue;
    }
    tokens.push({ ...normaliseWord(m[0]), start, end: last, clause });
  }
  return tokens;
}
