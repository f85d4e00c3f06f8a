import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*"],
    coverage: {
      provider: "v8",
      include: ["packages/*/src/**/*.ts"],
      exclude: ["**/*.test.ts", "**/testing/**", "**/*.d.ts", "**/fixtures/**"],
      reporter: ["text-summary", "json-summary"],
      thresholds: {
        "packages/core/src/**": { lines: 90 },
      },
    },
  },
});
