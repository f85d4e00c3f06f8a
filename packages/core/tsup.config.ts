import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  format: ["esm"],
  // Declarations come from `tsc -p tsconfig.build.json`: bundling them with tsup ran out of memory on
  // core's zod-inferred types (4 GB+), while plain tsc emits them in seconds.
  dts: false,
  sourcemap: true,
  clean: true,
  target: "node22",
  external: ["vitest"],
});
