import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const sibling = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export default defineProject({
  resolve: {
    // Tests run against the sources of core and server so that they never depend on a stale `dist`
    // of a package that is built in parallel with this one. The longer specifier comes first.
    alias: [
      { find: /^@aftersales\/core\/testing$/, replacement: sibling("core/src/testing/index.ts") },
      { find: /^@aftersales\/core$/, replacement: sibling("core/src/index.ts") },
      { find: /^@aftersales\/server$/, replacement: sibling("server/src/index.ts") },
    ],
  },
  test: {
    name: "shopify-app",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
