/**
 * Complaint classifier bench: top-1 accuracy on the labelled fixture (development, held-out and
 * all), per-category precision/recall/F1, escalation detection, and classifications per second
 * against a naive baseline (one regular expression per lexicon term) run in the same process.
 *
 *   npx tsx bench/classifier.ts            # report
 *   npx tsx bench/classifier.ts --errors   # also list misclassified DEVELOPMENT texts (never held-out)
 *
 * Held-out batch 1 was written before any lexicon existed, batch 2 after the lexicons were frozen;
 * neither is ever used for tuning, which is why --errors lists development texts only. Fresh
 * development batches were also classified once before tuning on them (14/30, 23/30 and 22/30
 * correct): keyword lexicons miss wording they have never seen, so staff confirmation stays in the
 * loop.
 */
import { performance } from "node:perf_hooks";
import {
  complaintFixture,
  type LabelledComplaint,
} from "../packages/core/src/taxonomy/fixtures/complaints.js";
import {
  type ComplaintCategory,
  chineseLexicon,
  classify,
  complaintCategories,
  englishLexicon,
  type Lexicon,
} from "../packages/core/src/taxonomy/index.js";

type Predict = (text: string) => ComplaintCategory;

const predict: Predict = (text) => classify(text).categories[0]!.category;

function naiveBaseline(lexicons: readonly Lexicon[]): Predict {
  const rules: { re: RegExp; category: ComplaintCategory; weight: number }[] = [];
  for (const lexicon of lexicons) {
    for (const [category, terms] of Object.entries(lexicon.categories) as [
      ComplaintCategory,
      Record<string, number>,
    ][]) {
      for (const [term, weight] of Object.entries(terms)) {
        const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const re = lexicon.language === "en" ? new RegExp(`\\b${escaped}\\b`, "i") : new RegExp(escaped);
        rules.push({ re, category, weight });
      }
    }
  }
  return (text) => {
    const scores = new Map<ComplaintCategory, number>();
    for (const { re, category, weight } of rules) {
      if (re.test(text)) scores.set(category, (scores.get(category) ?? 0) + weight);
    }
    let best: ComplaintCategory = "other";
    let bestScore = 0;
    for (const [category, score] of scores) {
      if (score > bestScore) [best, bestScore] = [category, score];
    }
    return best;
  };
}

function accuracy(rows: readonly LabelledComplaint[], f: Predict): number {
  return rows.filter((r) => f(r.text) === r.category).length / rows.length;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const dev = complaintFixture.filter((r) => r.split === "dev");
const heldOut = complaintFixture.filter((r) => r.split === "heldout");
const baseline = naiveBaseline([englishLexicon, chineseLexicon]);

console.log(
  `Complaint classifier — ${complaintFixture.length} labelled texts (${dev.length} dev, ${heldOut.length} held-out)\n`,
);
console.log("Top-1 accuracy        dev      held-out  all");
for (const [name, f] of [
  ["classify", predict],
  ["naive baseline", baseline],
] as const) {
  console.log(
    `  ${name.padEnd(18)}  ${pct(accuracy(dev, f)).padEnd(7)}  ${pct(accuracy(heldOut, f)).padEnd(8)}  ${pct(accuracy(complaintFixture, f))}`,
  );
}
for (const locale of ["en", "zh-Hans", "zh-Hant"] as const) {
  const d = dev.filter((r) => r.locale === locale);
  const h = heldOut.filter((r) => r.locale === locale);
  console.log(
    `  classify ${locale.padEnd(9)}  ${pct(accuracy(d, predict)).padEnd(7)}  ${pct(accuracy(h, predict))}`,
  );
}
for (const batch of [...new Set(heldOut.map((r) => r.batch))]) {
  const rows = heldOut.filter((r) => r.batch === batch);
  console.log(`  held-out batch ${batch} (${rows.length} texts): ${pct(accuracy(rows, predict))}`);
}

console.log("\nPer category (all texts)   precision  recall  F1     n");
const predicted = complaintFixture.map((r) => ({ r, p: predict(r.text) }));
for (const c of complaintCategories) {
  const tp = predicted.filter(({ r, p }) => p === c && r.category === c).length;
  const fp = predicted.filter(({ r, p }) => p === c && r.category !== c).length;
  const fn = predicted.filter(({ r, p }) => p !== c && r.category === c).length;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(
    `  ${c.padEnd(24)} ${precision.toFixed(2).padStart(9)}  ${recall.toFixed(2).padStart(6)}  ${f1.toFixed(2)}  ${tp + fn}`,
  );
}

let tpE = 0;
let fpE = 0;
let fnE = 0;
for (const r of complaintFixture) {
  const found = new Set(classify(r.text).escalation.signals.map((s) => s.kind));
  const expected = new Set(r.escalation ?? []);
  for (const k of found) expected.has(k) ? tpE++ : fpE++;
  for (const k of expected) if (!found.has(k)) fnE++;
}
console.log(
  `\nEscalation kinds: precision ${(tpE / (tpE + fpE)).toFixed(2)}, recall ${(tpE / (tpE + fnE)).toFixed(2)} (${tpE + fnE} labelled signals)`,
);

function perSecond(f: Predict): number {
  const texts = complaintFixture.map((r) => r.text);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (const t of texts) f(t);
    n += texts.length;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ours: number[] = [];
const theirs: number[] = [];
perSecond(predict);
perSecond(baseline);
for (let round = 0; round < 3; round++) {
  ours.push(perSecond(predict));
  theirs.push(perSecond(baseline));
}
const a = median(ours);
const b = median(theirs);
console.log(`\nSpeed (median of 3 one-second runs over the fixture, same process)`);
console.log(`  classify        ${Math.round(a).toLocaleString("en")} classifications/s`);
console.log(
  `  naive baseline  ${Math.round(b).toLocaleString("en")} classifications/s (one RegExp per term)`,
);
console.log(`  ratio           ${(a / b).toFixed(1)}× the baseline`);

if (process.argv.includes("--errors")) {
  console.log("\nMisclassified development texts:");
  for (const r of dev) {
    const result = classify(r.text);
    if (result.categories[0]!.category === r.category) continue;
    const top = result.categories
      .slice(0, 3)
      .map((c) => `${c.category}:${c.score}[${c.matched.map((m) => m.term).join(",")}]`)
      .join(" ");
    console.log(`  ${r.id} want ${r.category}: ${r.text}\n      got ${top}`);
  }
  console.log("\nEscalation differences on development texts:");
  for (const r of dev) {
    const found = [...new Set(classify(r.text).escalation.signals.map((s) => s.kind))].sort();
    const expected = [...(r.escalation ?? [])].sort();
    if (found.join() !== expected.join())
      console.log(`  ${r.id}: want [${expected}] got [${found}]: ${r.text}`);
  }
}
