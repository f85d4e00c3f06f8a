import { playwright } from "@vitest/browser-playwright";
import { browserCommands } from "./browser-commands.js";

/** The machine's Chromium (Debian's), or `CHROMIUM_PATH`; Playwright never downloads one. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium flags for a headless, sandbox-less CI machine that must not phone home. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Vitest browser mode on the machine's Chromium (Debian's `/usr/bin/chromium`, or
 * `CHROMIUM_PATH`); Playwright drives it and never downloads a browser of its own.
 */
export const browser = {
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  }),
  instances: [{ browser: "chromium" as const }],
  viewport: { width: 800, height: 900 },
  commands: browserCommands,
  screenshotFailures: false,
};
