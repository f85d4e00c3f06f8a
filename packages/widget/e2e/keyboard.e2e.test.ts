import { demoOrderCredentials } from "@aftersales/core";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, expect, test } from "vitest";
import { chromiumArgs, chromiumPath } from "../scripts/browser-config.js";
import { deepText, describeFocus } from "../src/testing/deep.js";
import { type KeyboardDriver, openReturnWithKeyboard } from "../src/testing/keyboard.js";
import { type Demo, startDemo } from "./demo-server.js";

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([
    startDemo("2026-11-10T09:00:00Z"),
    chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

/** A keyboard-only shopper on a real page (see `src/testing/keyboard.ts`). */
function playwrightDriver(page: Page): KeyboardDriver {
  return {
    press: (key) => page.keyboard.press(key === "Space" ? " " : key),
    type: (text) => page.keyboard.type(text),
    focused: () => page.evaluate(describeFocus),
    text: async () => page.evaluate(deepText, (await page.$("aftersales-portal"))!),
  };
}

test("a shopper opens a return on the example storefront and sees its status, keyboard only", async () => {
  const page = await browser.newPage({ locale: "en-GB", timezoneId: "Europe/Berlin" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
  await page.goto(demo.url);
  const { number, email } = demoOrderCredentials[0]!;
  await openReturnWithKeyboard(playwrightDriver(page), { orderNumber: number, email });
  const text = await playwrightDriver(page).text();
  expect(text).toMatch(/(Return|Exchange) for order #1001 Submitted/);
  expect(text).toContain("Times are shown in the store's time zone");
  // The page heard the widget's events (the example page logs them).
  expect(await page.locator("#events").textContent()).toContain("aftersales-case-created");
  expect(errors).toEqual([]);
  await page.close();
});
