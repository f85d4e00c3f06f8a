export {
  type CategoryDefinition,
  CategoryDefinitionSchema,
  ComplaintCategory,
  ComplaintCategorySchema,
  ComplaintRemedy,
  ComplaintRemedySchema,
  type ComplaintTaxonomy,
  ComplaintTaxonomySchema,
  complaintCategories,
  defaultComplaintTaxonomy,
  higherPriority,
  priorityOrder,
  TaxonomyLocale,
  TaxonomyLocaleSchema,
  Team,
  TeamSchema,
} from "./categories.js";
export {
  type CategorySuggestion,
  type Classification,
  type Classifier,
  type ClassifierOptions,
  classify,
  createClassifier,
  detectLocale,
  type EscalationSignal,
  type MatchedTerm,
} from "./classify.js";
export { EscalationKind, EscalationKindSchema, escalationPriorityFloor } from "./escalation.js";
export { englishLexicon } from "./lexicon/en.js";
export { type Lexicon, LexiconSchema } from "./lexicon/types.js";
export { chineseLexicon } from "./lexicon/zh.js";
