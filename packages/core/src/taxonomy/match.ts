import { AftersalesError } from "../errors.js";
import { parseOrThrow } from "../validation.js";
import type { ComplaintCategory } from "./categories.js";
import { foldText } from "./chinese.js";
import { tokenizeEnglish, type WordToken } from "./english.js";
import type { EscalationKind } from "./escalation.js";
import { type Lexicon, LexiconSchema } from "./lexicon/types.js";

/** A lexicon term ready for matching. */
export interface CompiledTerm {
  /** Identity of the term after folding/stemming (`"damag"`, `"charg twice"`, `"仅退款"`). */
  readonly key: string;
  /** English: the stems in order; Chinese: the folded term as one part. */
  readonly parts: readonly string[];
  /** English: which parts are filler words (optional inside the phrase). */
  readonly fillers: readonly boolean[];
  /** The categories the term speaks for, with its weight for each. */
  readonly categories: readonly { readonly category: ComplaintCategory; readonly weight: number }[];
  /** The escalation kinds the term signals. */
  readonly escalation: readonly EscalationKind[];
  /** Whether a negation cue just before the term cancels it. */
  readonly negatable: boolean;
}

/** A lexicon turned into lookup tables: terms by their first stem or first character, longest first. */
export interface CompiledLexicon {
  readonly language: "en" | "zh";
  readonly byFirst: ReadonlyMap<string, readonly CompiledTerm[]>;
  readonly negators: readonly string[];
}

/** One place a term occurs in a text. */
export interface TermMatch {
  readonly term: CompiledTerm;
  /** Offset of the match in the original text. */
  readonly start: number;
  /** Offset just past the match. */
  readonly end: number;
  /** Whether a negation cue cancels it. */
  readonly negated: boolean;
}

function termParts(language: "en" | "zh", term: string): { parts: string[]; fillers: boolean[] } {
  if (language === "zh") return { parts: [foldText(term.trim())], fillers: [false] };
  const tokens = tokenizeEnglish(term);
  return { parts: tokens.map((t) => t.stem), fillers: tokens.map((t) => t.filler) };
}

/**
 * Validates a lexicon and builds its lookup tables. Throws {@link AftersalesError} for a lexicon
 * that is invalid or that names a negatable term no category uses (a bug in the lexicon).
 */
export function compileLexicon(input: Lexicon): CompiledLexicon {
  const lexicon = parseOrThrow(LexiconSchema, input, "lexicon");
  const { language } = lexicon;
  type Draft = {
    key: string;
    parts: string[];
    fillers: boolean[];
    categories: Map<ComplaintCategory, number>;
    escalation: Set<EscalationKind>;
    negatable: boolean;
  };
  const drafts = new Map<string, Draft>();
  const draftFor = (term: string): Draft => {
    const { parts, fillers } = termParts(language, term);
    const key = parts.join(" ");
    if (key === "" || fillers.every(Boolean)) {
      throw new AftersalesError("invalid_lexicon", `Lexicon term "${term}" has no word to match`);
    }
    let draft = drafts.get(key);
    if (draft === undefined) {
      draft = { key, parts, fillers, categories: new Map(), escalation: new Set(), negatable: false };
      drafts.set(key, draft);
    }
    return draft;
  };
  for (const [category, terms] of Object.entries(lexicon.categories) as [
    ComplaintCategory,
    Record<string, number>,
  ][]) {
    for (const [term, weight] of Object.entries(terms)) {
      const draft = draftFor(term);
      // Two spellings that stem alike ("dent", "dented") are one term: the stronger weight wins.
      draft.categories.set(category, Math.max(weight, draft.categories.get(category) ?? 0));
    }
  }
  for (const [kind, terms] of Object.entries(lexicon.escalation) as [EscalationKind, string[]][]) {
    for (const term of terms) draftFor(term).escalation.add(kind);
  }
  for (const term of lexicon.negatable) {
    const draft = drafts.get(termParts(language, term).parts.join(" "));
    if (draft === undefined || draft.categories.size === 0) {
      throw new AftersalesError("invalid_lexicon", `Negatable term "${term}" is not a category term`);
    }
    draft.negatable = true;
  }
  const byFirst = new Map<string, CompiledTerm[]>();
  for (const d of drafts.values()) {
    const first = language === "zh" ? d.parts[0]![0]! : d.parts[0]!;
    const term: CompiledTerm = {
      key: d.key,
      parts: d.parts,
      fillers: d.fillers,
      categories: [...d.categories].map(([category, weight]) => ({ category, weight })),
      escalation: [...d.escalation],
      negatable: d.negatable,
    };
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [term]);
    else list.push(term);
  }
  const length = (t: CompiledTerm) => (language === "zh" ? t.key.length : t.parts.length);
  for (const list of byFirst.values()) list.sort((a, b) => length(b) - length(a) || (a.key < b.key ? -1 : 1));
  const negators = language === "zh" ? lexicon.negators.map((n) => foldText(n)) : lexicon.negators;
  return { language, byFirst, negators };
}

/** Finds every occurrence of the lexicon's terms in a text (overlaps included, negation marked). */
export function findMatches(lexicon: CompiledLexicon, text: string, folded: string): TermMatch[] {
  return lexicon.language === "zh"
    ? findChinese(lexicon, folded)
    : findEnglish(lexicon, tokenizeEnglish(text));
}

const ZH_CLAUSE_BREAK = /[\s.!?;:,，。！？；：、…~～]/;
const DIGIT = /[0-9]/;
// How many characters may stand between a Chinese negation cue and the term ("没有任何破损").
const ZH_NEGATION_GAP = 2;
// How many words (filler words not counted) before an English term a negation cue may stand
// ("no sign of damage").
const EN_NEGATION_WINDOW = 3;

function findChinese(lexicon: CompiledLexicon, folded: string): TermMatch[] {
  const matches: TermMatch[] = [];
  for (let i = 0; i < folded.length; i++) {
    const candidates = lexicon.byFirst.get(folded[i]!);
    if (candidates === undefined) continue;
    for (const term of candidates) {
      const key = term.key;
      if (!folded.startsWith(key, i)) continue;
      const end = i + key.length;
      // Digit terms (12315) must not be part of a longer number such as an order number.
      if (DIGIT.test(key[0]!) && i > 0 && DIGIT.test(folded[i - 1]!)) continue;
      if (DIGIT.test(key.at(-1)!) && end < folded.length && DIGIT.test(folded[end]!)) continue;
      matches.push({ term, start: i, end, negated: term.negatable && chineseNegated(lexicon, folded, i) });
    }
  }
  return matches;
}

function chineseNegated(lexicon: CompiledLexicon, folded: string, start: number): boolean {
  for (let gap = 0; gap <= ZH_NEGATION_GAP && gap <= start; gap++) {
    if (gap > 0 && ZH_CLAUSE_BREAK.test(folded[start - gap]!)) return false;
    const cueEnd = start - gap;
    for (const cue of lexicon.negators) {
      if (cueEnd >= cue.length && folded.startsWith(cue, cueEnd - cue.length)) return true;
    }
  }
  return false;
}

function findEnglish(lexicon: CompiledLexicon, tokens: readonly WordToken[]): TermMatch[] {
  const matches: TermMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lexicon.byFirst.get(tokens[i]!.stem);
    if (candidates === undefined) continue;
    for (const term of candidates) {
      const last = matchPhrase(term, tokens, i);
      if (last < 0) continue;
      matches.push({
        term,
        start: tokens[i]!.start,
        end: tokens[last]!.end,
        negated: term.negatable && englishNegated(lexicon, tokens, i),
      });
    }
  }
  return matches;
}

// Matches a phrase whose first word is at `at`; returns the index of its last word, or -1.
// Filler words in the text may be skipped between phrase words, and a filler word of the phrase
// may be missing in the text unless it ends the phrase ("post this" must not match "posted my").
function matchPhrase(term: CompiledTerm, tokens: readonly WordToken[], at: number): number {
  const { parts, fillers } = term;
  let t = at + 1;
  let p = 1;
  let last = at;
  while (p < parts.length) {
    const token = tokens[t];
    if (token === undefined || token.clause !== tokens[at]!.clause) return -1;
    if (token.stem === parts[p]) {
      last = t;
      t++;
      p++;
    } else if (token.filler) {
      t++;
    } else if (fillers[p] && p < parts.length - 1) {
      p++;
    } else {
      return -1;
    }
  }
  return last;
}

function englishNegated(lexicon: CompiledLexicon, tokens: readonly WordToken[], at: number): boolean {
  const clause = tokens[at]!.clause;
  let words = 0;
  for (let k = at - 1; k >= 0 && words < EN_NEGATION_WINDOW; k--) {
    const token = tokens[k]!;
    if (token.clause !== clause) return false;
    if (token.filler) continue;
    words++;
    if (lexicon.negators.includes(token.stem)) return true;
  }
  return false;
}

/**
 * Keeps the longest matches and drops every match that overlaps a longer one (leftmost first on
 * equal length), so the specific phrase ("仅退款", "wrong size") speaks instead of its parts
 * ("退款", "wrong") and no word counts twice.
 */
export function longestMatches(matches: readonly TermMatch[]): TermMatch[] {
  const bySpan = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch[] = [];
  for (const m of bySpan) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
