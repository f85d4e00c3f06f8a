import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const core = (path: string) => fileURLToPath(new URL(`../core/src/${path}`, import.meta.url));

export default defineProject({
  resolve: {
    // Tests run against core's source so that they never depend on a stale `dist` of a package
    // that is built in parallel with this one. The longer specifier comes first.
    alias: [
      { find: /^@aftersales\/core\/testing$/, replacement: core("testing/index.ts") },
      { find: /^@aftersales\/core$/, replacement: core("index.ts") },
    ],
  },
  test: { name: "woocommerce-adapter", include: ["src/**/*.test.ts"], environment: "node" },
});
