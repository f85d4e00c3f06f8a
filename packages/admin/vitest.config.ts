import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    // The end-to-end test starts the server from source (as the server's own tests do), so it never
    // depends on a stale `dist` of a package that is built in parallel with this one.
    alias: {
      "@aftersales/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      "@aftersales/server": fileURLToPath(new URL("../server/src/index.ts", import.meta.url)),
    },
  },
  test: {
    name: "admin",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
