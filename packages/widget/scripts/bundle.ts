import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { build, type Metafile } from "esbuild";
import { minifyTemplates } from "./minify-templates.js";
import { tableModule } from "./table-module.js";

/** The package folder, so the bundle builds the same from any working directory. */
export const widgetRoot = fileURLToPath(new URL("..", import.meta.url));

/** Applies {@link minifyTemplates} to the widget's own TypeScript sources. */
const minifyTemplatesPlugin: Plugin = {
  name: "minify-lit-templates",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, "utf8")),
      loader: "ts",
    }));
  },
};

/** Writes the text tables as arrays (see {@link tableModule}); the build evaluates each table once. */
const textTablesPlugin: Plugin = {
  name: "text-tables",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/](en|zh-hans|zh-hant)\.ts$/ }, async (args) => {
      const module: Record<string, unknown> = await import(pathToFileURL(args.path).href);
      const [name, table] = Object.entries(module).find(([, value]) => typeof value === "object")!;
      return { contents: tableModule(name, table as Record<string, unknown>), loader: "js" };
    });
  },
};

/** One output file of a bundle and whether the entry loads it before anything renders. */
export interface BundleFile {
  path: string;
  bytes: number;
  contents: Uint8Array;
  /** Loaded by the entry through static imports (the cost of registering the elements). */
  initial: boolean;
  /** Output files this one imports, statically or with `import()`. */
  imports: string[];
}

/**
 * Builds the self-contained browser bundle a storefront loads with one `<script type="module">`:
 * Lit included, minified, production mode, code-split so flows and the Chinese texts load with
 * dynamic `import()` only when used. The same build serves `dist/cdn/` and `bench/widget-size.ts`.
 */
export async function bundle(options: {
  entry: string;
  outdir: string;
  write?: boolean;
  entryName?: string;
}): Promise<BundleFile[]> {
  const result = await build({
    entryPoints: { [options.entryName ?? "aftersales"]: options.entry },
    outdir: options.outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2022",
    conditions: ["production"],
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "none",
    charset: "utf8",
    metafile: true,
    write: options.write ?? true,
    absWorkingDir: widgetRoot,
    logLevel: "warning",
    plugins: [textTablesPlugin, minifyTemplatesPlugin],
  });
  const metafile = result.metafile as Metafile;
  const entryOut = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint)?.[0];
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const i of metafile.outputs[path]?.imports ?? []) if (i.kind === "import-statement") visit(i.path);
  };
  if (entryOut) visit(entryOut);
  const files = result.outputFiles ?? [];
  return Object.entries(metafile.outputs)
    .filter(([path]) => path.endsWith(".js"))
    .map(([path, out]) => {
      const file = files.find((f) => f.path === resolve(widgetRoot, path));
      return {
        path,
        bytes: out.bytes,
        contents: file?.contents ?? new Uint8Array(),
        initial: initial.has(path),
        imports: out.imports.filter((i) => !i.external).map((i) => i.path),
      };
    });
}
