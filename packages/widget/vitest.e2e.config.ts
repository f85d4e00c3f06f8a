import { defineConfig } from "vitest/config";
import { browser } from "./scripts/browser-config.js";

/**
 * The end-to-end run: the same browser set-up as the unit tests, against a running server.
 *
 *   AFTERSALES_E2E_URL=http://127.0.0.1:3000 pnpm --filter @aftersales/widget test:e2e
 *
 * AFTERSALES_E2E_STORE (default `demo`), AFTERSALES_E2E_ORDER (`#1001`) and
 * AFTERSALES_E2E_EMAIL (`anna@example.de`) name the demo order to use.
 */
export default defineConfig({
  test: {
    name: "widget-e2e",
    include: ["e2e/**/*.e2e.test.ts"],
    browser,
    provide: {
      e2eUrl: process.env.AFTERSALES_E2E_URL ?? "",
      e2eStore: process.env.AFTERSALES_E2E_STORE ?? "demo",
      e2eOrder: process.env.AFTERSALES_E2E_ORDER ?? "#1001",
      e2eEmail: process.env.AFTERSALES_E2E_EMAIL ?? "anna@example.de",
    },
  },
});

declare module "vitest" {
  export interface ProvidedContext {
    e2eUrl: string;
    e2eStore: string;
    e2eOrder: string;
    e2eEmail: string;
  }
}
