/**
 * Builds `dist/cdn/`: the bundle a storefront loads with one `<script type="module">` tag
 * (`aftersales.js` plus its chunks, Lit included, minified), and copies it into the plain-HTML
 * storefront example, whose folder the demo server serves at `/` — hence `/widget/aftersales.js`.
 */
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundle, widgetRoot } from "./bundle.js";

const outdir = join(widgetRoot, "dist/cdn");
const files = await bundle({ entry: "src/define.ts", outdir });
// The bundle only registers the elements; types come from the package's main entry.
writeFileSync(join(outdir, "aftersales.d.ts"), "export {};\n");
const example = join(widgetRoot, "../../examples/storefront-html/widget");
rmSync(example, { recursive: true, force: true });
cpSync(outdir, example, { recursive: true });
const total = files.reduce((sum, f) => sum + f.bytes, 0);
console.log(
  `dist/cdn (+ examples/storefront-html/widget): ${files.length} files, ${(total / 1024).toFixed(1)} KB minified`,
);
