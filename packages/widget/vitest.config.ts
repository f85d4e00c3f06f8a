import { defineProject } from "vitest/config";
import { browser } from "./scripts/browser-config.js";

export default defineProject({
  test: {
    name: "widget",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    browser,
  },
});
