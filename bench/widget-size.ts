/**
 * Size of the storefront widget: builds the production bundle (esbuild, minified, Lit's lit-html
 * included) and prints minified, gzip and brotli bytes of
 *
 * - the entry a theme loads (the public tags; no framework);
 * - the whole portal with all flows — every chunk it can load — in each locale (a shopper loads
 *   one text table); the budget is claimed against the largest of the three;
 * - what a shopper's path loads: opening the portal and making a return (the chunks the import
 *   graph reaches from the entry for that path, one locale);
 * - the floor: a minimal LitElement built the same way in the same run.
 *
 * Budgets (issue): entry ≤ 10 KB gzip, whole portal with all flows ≤ 20 KB gzip. Exits non-zero
 * when a budget is broken.
 *
 *   pnpm tsx bench/widget-size.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { type BundleFile, bundle } from "../packages/widget/scripts/bundle.js";

const KB = 1024;
const budgets = { entry: 10 * KB, full: 20 * KB };

interface Size {
  min: number;
  gzip: number;
  brotli: number;
  files: number;
}

/** Sums per file: the browser fetches and decompresses each chunk on its own. */
function measure(files: BundleFile[]): Size {
  let gzip = 0;
  let brotli = 0;
  let min = 0;
  for (const f of files) {
    min += f.contents.byteLength;
    gzip += gzipSync(f.contents, { level: 9 }).byteLength;
    brotli += brotliCompressSync(f.contents, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: f.contents.byteLength,
      },
    }).byteLength;
  }
  return { min, gzip, brotli, files: files.length };
}

const tmp = mkdtempSync(join(tmpdir(), "widget-size-"));
try {
  const widget = await bundle({ entry: "src/define.ts", outdir: join(tmp, "widget"), write: false });
  const floor = await bundle({
    entry: "scripts/floor.ts",
    outdir: join(tmp, "floor"),
    write: false,
    entryName: "floor",
  });

  const locales = { en: "en", "zh-Hans": "zh-hans", "zh-Hant": "zh-hant" } as const;
  const table = /chunks\/(en|zh-hans|zh-hant)-/;
  const withLocale = (files: BundleFile[], file: string) =>
    files.filter((f) => !table.test(f.path) || f.path.includes(`chunks/${file}-`));
  // A shopper's path: the entry, what it imports dynamically when a tag connects (the views
  // chunk), what that imports in turn — and of the text tables only the shopper's.
  const reached = new Set<string>();
  const visit = (path: string) => {
    if (reached.has(path)) return;
    reached.add(path);
    for (const i of widget.find((f) => f.path === path)?.imports ?? []) visit(i);
  };
  for (const f of widget.filter((f) => f.initial)) visit(f.path);
  const path = withLocale(
    widget.filter((f) => reached.has(f.path)),
    "en",
  );
  const wholes = Object.entries(locales).map(([name, file]): [string, Size] => [
    `whole portal, all flows, ${name}`,
    measure(withLocale(widget, file)),
  ]);
  const rows: [string, Size][] = [
    ["entry (registers all tags)", measure(widget.filter((f) => f.initial))],
    ...wholes,
    ["shopper's path: portal + return, en", measure(path)],
    ["every chunk, all three locales", measure(widget)],
    ["floor: minimal LitElement", measure(floor)],
  ];
  const kb = (n: number) => `${(n / KB).toFixed(2)} KB`.padStart(10);
  console.log(
    `${"bundle".padEnd(44)}${"min".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}  files`,
  );
  for (const [name, s] of rows)
    console.log(`${name.padEnd(44)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}  ${s.files}`);
  const entry = rows[0]![1];
  const [worstName, full] = wholes.reduce((a, b) => (b[1].gzip > a[1].gzip ? b : a));
  const floorSize = rows[rows.length - 1]![1];
  console.log(
    `\nratios to the floor (gzip): entry ${(entry.gzip / floorSize.gzip).toFixed(2)}×, whole ${(full.gzip / floorSize.gzip).toFixed(2)}×`,
  );
  console.log("\nchunks:");
  for (const f of [...widget].sort((a, b) => b.bytes - a.bytes)) {
    console.log(
      `  ${f.initial ? "entry" : "lazy "} ${f.path.replace(/^.*widget\//, "").padEnd(42)}${kb(gzipSync(f.contents, { level: 9 }).byteLength)} gzip`,
    );
  }
  const over = [
    entry.gzip > budgets.entry ? `entry ${kb(entry.gzip)} > ${kb(budgets.entry)}` : "",
    full.gzip > budgets.full ? `${worstName} ${kb(full.gzip)} > ${kb(budgets.full)}` : "",
  ].filter(Boolean);
  if (over.length) {
    console.error(`\nover budget: ${over.join("; ")}`);
    process.exitCode = 1;
  } else
    console.log(
      `\nwithin budget: entry ≤ ${kb(budgets.entry)}, whole portal (largest locale: ${worstName.replace(/.*, /, "")}) ≤ ${kb(budgets.full)} (gzip)`,
    );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
