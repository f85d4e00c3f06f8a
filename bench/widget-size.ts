/**
 * Size of the storefront widget: builds the production bundle (esbuild, minified, Lit included)
 * and prints minified, gzip and brotli bytes for the entry a theme loads (with the chunks it
 * imports statically), for the whole portal (every flow, with the one locale a shopper loads;
 * and, for information, with all three), and for the floor — a minimal LitElement built the same way in the same run. Budgets (issue):
 * entry ≤ 10 KB gzip, whole portal ≤ 20 KB gzip. Exits non-zero when a budget is broken.
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

  const rows: [string, Size][] = [
    ["entry (registers all tags)", measure(widget.filter((f) => f.initial))],
    ["whole portal, all flows, one locale (en)", measure(widget.filter((f) => !/zh-han[st]/.test(f.path)))],
    ["every chunk, all three locales", measure(widget)],
    ["floor: minimal LitElement", measure(floor)],
  ];
  const kb = (n: number) => `${(n / KB).toFixed(2)} KB`.padStart(10);
  console.log(
    `${"bundle".padEnd(44)}${"min".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}  files`,
  );
  for (const [name, s] of rows)
    console.log(`${name.padEnd(44)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}  ${s.files}`);
  const [entry, full, , min] = rows.map(([, s]) => s) as [Size, Size, Size, Size];
  console.log(
    `\nratios to the floor (gzip): entry ${(entry.gzip / min.gzip).toFixed(2)}×, whole ${(full.gzip / min.gzip).toFixed(2)}×`,
  );
  console.log("\nchunks:");
  for (const f of widget.sort((a, b) => b.bytes - a.bytes)) {
    console.log(
      `  ${f.initial ? "entry" : "lazy "} ${f.path.replace(/^.*widget\//, "").padEnd(42)}${kb(gzipSync(f.contents, { level: 9 }).byteLength)} gzip`,
    );
  }
  const over = [
    entry.gzip > budgets.entry ? `entry ${kb(entry.gzip)} > ${kb(budgets.entry)}` : "",
    full.gzip > budgets.full ? `whole ${kb(full.gzip)} > ${kb(budgets.full)}` : "",
  ].filter(Boolean);
  if (over.length) {
    console.error(`\nover budget: ${over.join("; ")}`);
    process.exitCode = 1;
  } else console.log(`\nwithin budget: entry ≤ ${kb(budgets.entry)}, whole ≤ ${kb(budgets.full)} (gzip)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
