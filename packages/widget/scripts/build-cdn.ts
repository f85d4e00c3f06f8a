/**
 * Builds `dist/cdn/`: the bundle a storefront loads with one `<script type="module">` tag
 * (`aftersales.js` plus its chunks, Lit included, minified). Served by the demo server at
 * `/widget/aftersales.js`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundle, widgetRoot } from "./bundle.js";

const outdir = join(widgetRoot, "dist/cdn");
const files = await bundle({ entry: "src/define.ts", outdir });
// The bundle only registers the elements; types come from the package's main entry.
writeFileSync(join(outdir, "aftersales.d.ts"), "export {};\n");
const total = files.reduce((sum, f) => sum + f.bytes, 0);
console.log(`dist/cdn: ${files.length} files, ${(total / 1024).toFixed(1)} KB minified`);
