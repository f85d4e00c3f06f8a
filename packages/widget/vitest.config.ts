import { playwright } from "@vitest/browser-playwright";
import { defineProject } from "vitest/config";
import { browserCommands } from "./scripts/browser-commands.js";

/** Chromium flags for a headless, sandbox-less CI machine that must not phone home. */
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineProject({
  test: {
    name: "widget",
    include: ["src/**/*.test.ts"],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: chromiumArgs,
        },
      }),
      instances: [{ browser: "chromium" }],
      viewport: { width: 800, height: 900 },
      commands: browserCommands,
      screenshotFailures: false,
    },
  },
});
