import { expect, inject, test } from "vitest";
import { deepText, resetTab } from "../src/testing/dom.js";
import { openReturnWithKeyboard } from "../src/testing/keyboard.js";

const url = inject("e2eUrl");

test("a shopper opens a return and sees its status with the keyboard alone, against the server", async () => {
  if (!url) throw new Error("set AFTERSALES_E2E_URL to the server's base URL (e.g. http://127.0.0.1:3000)");
  resetTab();
  document.documentElement.lang = "en";
  document.title = "Widget e2e";
  document.body.innerHTML = "<main></main>";
  const portal = document.createElement("aftersales-portal");
  portal.setAttribute("api", url);
  portal.setAttribute("store", inject("e2eStore"));
  portal.setAttribute("locale", "en-GB");
  document.querySelector("main")!.append(portal);
  await openReturnWithKeyboard(portal, { orderNumber: inject("e2eOrder"), email: inject("e2eEmail") });
  expect(deepText(portal)).toMatch(/(Return|Exchange) for order/);
});
