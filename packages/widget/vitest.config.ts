import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { browser } from "./scripts/browser-config.js";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two projects: the components' tests in Chromium (Vitest browser mode, against the mock API),
 * and the end-to-end test in Node, which starts the real server in-process on the demo store and
 * drives the built widget on the example page with Playwright. Both run in the root `pnpm test`.
 */
export default defineConfig({
  test: {
    // Under the root config the projects are "widget (browser)" and "widget (e2e)".
    name: "widget",
    projects: [
      {
        test: {
          name: "browser",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          browser,
        },
      },
      {
        resolve: {
          // The server and core from source, as the server's own tests run them: never a stale dist.
          alias: {
            "@aftersales/server": source("../server/src/index.ts"),
            "@aftersales/core": source("../core/src/index.ts"),
          },
        },
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
