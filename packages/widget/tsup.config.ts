import { defineConfig } from "tsup";

/**
 * The npm build: ESM modules for bundlers, Lit left as a dependency so an app shares one copy.
 * Flows and texts stay separate chunks (dynamic imports). The self-contained browser bundle is
 * built by `scripts/build-cdn.ts`.
 */
export default defineConfig({
  entry: { index: "src/index.ts", define: "src/define.ts" },
  format: ["esm"],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "browser",
  external: ["lit", /^lit\//],
});
