import { afterEach, expect, test } from "vitest";
import { browserDriver, deepText, mount, resetTab } from "../testing/dom.js";
import { openReturnWithKeyboard } from "../testing/keyboard.js";
import { MockApi } from "../testing/mock-api.js";

afterEach(resetTab);

test("a shopper opens a return and sees its status with the keyboard alone", async () => {
  const api = new MockApi();
  const portal = mount("aftersales-portal", api, { locale: "en-GB" });
  await openReturnWithKeyboard(browserDriver(portal), { orderNumber: "#1001", email: "anna@example.de" });
  expect(deepText(portal)).toContain("Return for order #1001 Submitted");
  expect(deepText(portal)).toContain("We'll reply by Tue 24 Nov, 10:30");
  expect(api.calls("POST /v1/cases")[0]?.body).toMatchObject({
    lines: [{ lineId: "L1", quantity: 1, reason: "changed_mind", resolution: "refund" }],
  });
});
