import type { Priority } from "../case/state.js";
import {
  type ComplaintCategory,
  type ComplaintTaxonomy,
  complaintCategories,
  defaultComplaintTaxonomy,
  higherPriority,
  type TaxonomyLocale,
} from "./categories.js";
import { chineseEvidence, foldText } from "./chinese.js";
import { type EscalationKind, escalationPriorityFloor } from "./escalation.js";
import { englishLexicon } from "./lexicon/en.js";
import type { Lexicon } from "./lexicon/types.js";
import { chineseLexicon } from "./lexicon/zh.js";
import {
  type CompiledLexicon,
  compileLexicon,
  findMatches,
  longestMatches,
  type TermMatch,
} from "./match.js";

/** A lexicon term found in the complaint, as the shopper wrote it. */
export interface MatchedTerm {
  /** The words as they appear in the text (`"damaged"`, `"破損"`). */
  readonly term: string;
  /** The term's weight for this category. */
  readonly weight: number;
  /** Offset of the term in the text (UTF-16 code units), for highlighting. */
  readonly index: number;
}

/** One suggested category with the evidence for it. */
export interface CategorySuggestion {
  readonly category: ComplaintCategory;
  /**
   * 0..1. The suggestions' confidences add up to less than 1: the rest is doubt that shrinks as
   * evidence piles up (score / (total score + 2)). `0` for the `other` fallback with no evidence.
   */
  readonly confidence: number;
  /** Sum of the weights of the distinct terms matched for this category. */
  readonly score: number;
  /** The terms that matched, in text order. */
  readonly matched: readonly MatchedTerm[];
}

/** One escalation word found in the complaint. */
export interface EscalationSignal {
  readonly kind: EscalationKind;
  /** The words as they appear in the text. */
  readonly term: string;
  /** Offset of the term in the text. */
  readonly index: number;
}

/** What the classifier suggests for one complaint text. Staff confirm the category. */
export interface Classification {
  /** Suggested categories, best first; `[{ category: "other", confidence: 0, ... }]` when nothing matched. */
  readonly categories: readonly CategorySuggestion[];
  /** Escalation words found (regulator, lawyer, chargeback, 12315, media, safety). */
  readonly escalation: { readonly flagged: boolean; readonly signals: readonly EscalationSignal[] };
  /** The top category's default priority, raised by escalation signals. */
  readonly suggestedPriority: Priority;
  /** The locale the text is written in (the hint decides only when the text cannot). */
  readonly locale: TaxonomyLocale;
}

/** Classifies one complaint text; `locale` is a hint used only when the text itself does not tell. */
export type Classifier = (text: string, locale?: TaxonomyLocale) => Classification;

/** What a classifier is built from. Both default to the built-in ones. */
export interface ClassifierOptions {
  /** Category definitions (default priorities feed `suggestedPriority`). */
  readonly taxonomy?: ComplaintTaxonomy;
  /** Lexicons to match; every lexicon is tried on every text, so mixed-language text works. */
  readonly lexicons?: readonly Lexicon[];
}

// The doubt constant: a single weight-3 term gives 0.6, two of them 0.75.
const DOUBT = 2;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/**
 * Builds a classifier from a taxonomy and lexicons. Lexicons are validated and compiled once;
 * an invalid lexicon throws {@link AftersalesError} (`validation_failed` or `invalid_lexicon`).
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const taxonomy = options.taxonomy ?? defaultComplaintTaxonomy;
  const compiled = (options.lexicons ?? [englishLexicon, chineseLexicon]).map(compileLexicon);
  return (text, locale) => classifyWith(compiled, taxonomy, text, locale);
}

function classifyWith(
  lexicons: readonly CompiledLexicon[],
  taxonomy: ComplaintTaxonomy,
  text: string,
  hint: TaxonomyLocale | undefined,
): Classification {
  const folded = foldText(text);
  const categoryMatches: TermMatch[] = [];
  const escalationMatches: TermMatch[] = [];
  for (const lexicon of lexicons) {
    const all = findMatches(lexicon, text, folded);
    categoryMatches.push(...longestMatches(all.filter((m) => m.term.categories.length > 0)));
    escalationMatches.push(...longestMatches(all.filter((m) => m.term.escalation.length > 0)));
  }
  const categories = rankCategories(
    categoryMatches.filter((m) => !m.negated),
    text,
  );
  const signals = escalationSignals(escalationMatches, text);
  const top = categories[0]!.category;
  const suggestedPriority = signals.reduce<Priority>(
    (p, s) => higherPriority(p, escalationPriorityFloor[s.kind]),
    taxonomy[top].priority,
  );
  return {
    categories,
    escalation: { flagged: signals.length > 0, signals },
    suggestedPriority,
    locale: detectLocale(text, hint),
  };
}

function rankCategories(matches: readonly TermMatch[], text: string): CategorySuggestion[] {
  const byCategory = new Map<
    ComplaintCategory,
    { seen: Set<string>; matched: MatchedTerm[]; score: number }
  >();
  const ordered = [...matches].sort((a, b) => a.start - b.start);
  for (const m of ordered) {
    for (const { category, weight } of m.term.categories) {
      let entry = byCategory.get(category);
      if (entry === undefined) {
        entry = { seen: new Set(), matched: [], score: 0 };
        byCategory.set(category, entry);
      }
      // A term repeated in the text counts once: shouting "refund refund refund" is one signal.
      if (entry.seen.has(m.term.key)) continue;
      entry.seen.add(m.term.key);
      entry.matched.push({ term: text.slice(m.start, m.end), weight, index: m.start });
      entry.score += weight;
    }
  }
  if (byCategory.size === 0) return [{ category: "other", confidence: 0, score: 0, matched: [] }];
  const total = [...byCategory.values()].reduce((sum, e) => sum + e.score, 0);
  const strongest = (ms: readonly MatchedTerm[]) => Math.max(...ms.map((m) => m.weight));
  return [...byCategory]
    .map(([category, e]) => ({
      category,
      confidence: Math.floor((e.score / (total + DOUBT)) * 1000) / 1000,
      score: e.score,
      matched: e.matched,
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        strongest(b.matched) - strongest(a.matched) ||
        complaintCategories.indexOf(a.category) - complaintCategories.indexOf(b.category),
    );
}

function escalationSignals(matches: readonly TermMatch[], text: string): EscalationSignal[] {
  const seen = new Set<string>();
  const signals: EscalationSignal[] = [];
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    for (const kind of m.term.escalation) {
      const id = `${kind}\u0000${m.term.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      signals.push({ kind, term: text.slice(m.start, m.end), index: m.start });
    }
  }
  return signals;
}

/**
 * The locale a text is written in: Chinese when it has at least as many Han characters as Latin
 * words (so "我的order还没到" is Chinese), Traditional or Simplified by the characters only one
 * script uses; English when Latin words dominate; the hint (or English) when the text has neither.
 */
export function detectLocale(text: string, hint?: TaxonomyLocale): TaxonomyLocale {
  const zh = chineseEvidence(text);
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  if (zh.han > 0 && zh.han >= latinWords) {
    if (zh.traditional > zh.simplified) return "zh-Hant";
    if (zh.simplified > zh.traditional) return "zh-Hans";
    return hint === "zh-Hant" ? "zh-Hant" : "zh-Hans";
  }
  if (latinWords > 0) return "en";
  return hint ?? "en";
}

/**
 * Classifies a complaint with the built-in taxonomy and the English and Chinese lexicons:
 * ranked categories with confidence and matched terms, escalation signals, a suggested priority
 * and the detected locale. Deterministic; the same text always gives the same result.
 */
export const classify: Classifier = createClassifier();
