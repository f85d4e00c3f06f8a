import { z } from "zod";
import { ComplaintCategorySchema } from "../categories.js";
import { EscalationKindSchema } from "../escalation.js";

const TermSchema = z.string().trim().min(1);

/**
 * A keyword lexicon for one language: weighted terms per complaint category, escalation terms per
 * kind, the terms that a preceding negation cancels ("not damaged", "没有破损"), and the negation
 * cue words themselves. English terms are phrases of words (matched after lowercasing and light
 * stemming); Chinese terms are substrings (Simplified or Traditional, matched after folding both
 * to Simplified).
 */
export const LexiconSchema = z.object({
  /** How terms are matched: `en` by words, `zh` by substring. */
  language: z.enum(["en", "zh"]),
  /** Category → term → weight. A term may appear under several categories. */
  categories: z.partialRecord(ComplaintCategorySchema, z.record(TermSchema, z.number().positive().finite())),
  /** Escalation kind → terms. */
  escalation: z.partialRecord(EscalationKindSchema, z.array(TermSchema)),
  /** Category terms that a negation cue just before them cancels. Each must be a category term. */
  negatable: z.array(TermSchema),
  /** Negation cues ("not", "no", "没有", "未"). */
  negators: z.array(TermSchema),
});
/** A keyword lexicon for one language. */
export type Lexicon = z.infer<typeof LexiconSchema>;
