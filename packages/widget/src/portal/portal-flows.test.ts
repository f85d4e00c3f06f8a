import { afterEach, describe, expect, test, vi } from "vitest";
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  fill,
  mount,
  resetTab,
  seeText,
  submit,
} from "../testing/dom.js";
import { MockApi } from "../testing/mock-api.js";

afterEach(() => {
  resetTab();
  vi.restoreAllMocks();
});

/** Opens order `number` in a portal with these attributes, by number + email. */
async function openOrder(attributes: Record<string, string>, number = "#1001") {
  const api = new MockApi();
  const portal = mount("aftersales-portal", api, attributes);
  await expect.poll(() => deepQuery(portal, "#order-number")).not.toBeNull();
  fill(portal, "#order-number", number);
  fill(portal, "#email", "anna@example.de");
  await submit(portal);
  await expect.poll(() => deepQuery(portal, "#order-title")).not.toBeNull();
  return portal;
}

/** The buttons the order screen offers, in order. */
function choices(portal: Element): string[] {
  return deepQueryAll(portal, ".actions button").map((b) => b.textContent!.trim());
}

describe("<aftersales-portal flows>", () => {
  test("offers every flow by default", async () => {
    const portal = await openOrder({ locale: "en-GB" });
    expect(choices(portal)).toEqual([
      "Return or exchange items",
      "Report a problem",
      "Ask a question",
      "Use another order",
    ]);
  });

  test('flows="returns" (the theme editor\'s "Returns only") offers returns and exchanges only, with each line\'s eligibility', async () => {
    const portal = await openOrder({ locale: "en-GB", flows: "returns" });
    expect(choices(portal)).toEqual(["Return or exchange items", "Use another order"]);
    expect(deepText(portal)).toContain("Linen shirt M / Blue 2 × €49.90 Can be returned until 5 Dec 2026");
    clickButton(portal, "Return or exchange items");
    await seeText(portal, "Choose items");
    await expectAccessible(portal);
  });

  test('flows="complaints" (the theme editor\'s "Complaints and questions only") in Simplified Chinese: no return, no eligibility', async () => {
    const portal = await openOrder({ locale: "zh-CN", flows: "complaints" });
    await seeText(portal, "订单 #1001");
    expect(choices(portal)).toEqual(["投诉问题", "咨询问题", "查询其他订单"]);
    const text = deepText(portal);
    expect(text).toContain("Linen shirt M / Blue 2 × €49.90");
    expect(text).not.toContain("退货");
    await expectAccessible(portal);
  });

  test("takes a list of case kinds, commas or spaces, in Traditional Chinese", async () => {
    const portal = await openOrder({ locale: "zh-TW", flows: "exchange, inquiry" });
    await seeText(portal, "訂單 #1001");
    expect(choices(portal)).toEqual(["申請退貨 / 換貨", "諮詢問題", "查詢其他訂單"]);
    portal.setAttribute("flows", "complaint inquiry");
    await expect.poll(() => choices(portal)).toEqual(["投訴問題", "諮詢問題", "查詢其他訂單"]);
  });

  test("with returns only and nothing returnable, says so per line and promises no complaint", async () => {
    const portal = await openOrder({ locale: "en-GB", flows: "return" }, "#1002");
    await seeText(portal, "Gift card 1 × €25.00 Can't be returned Gift cards cannot be returned.");
    expect(choices(portal)).toEqual(["Use another order"]);
    expect(deepText(portal)).not.toContain("You can still report a problem");
  });

  test("an invalid value offers every flow and warns in the console, without failing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const portal = await openOrder({ locale: "en-GB", flows: "returns,refunds" });
    expect(choices(portal)).toEqual([
      "Return or exchange items",
      "Report a problem",
      "Ask a question",
      "Use another order",
    ]);
    expect(warn.mock.calls).toEqual([
      ["<aftersales-portal> offers every flow: invalid flows", "returns,refunds"],
    ]);
  });

  test("a reload does not resume a flow the portal no longer offers", async () => {
    const portal = await openOrder({ locale: "en-GB" });
    clickButton(portal, "Ask a question");
    await seeText(portal, "Ask a question · Step 1 of 3");
    const again = mount("aftersales-portal", new MockApi(), { locale: "en-GB", flows: "returns" });
    await seeText(again, "Order #1001");
    expect(choices(again)).toEqual(["Return or exchange items", "Use another order"]);
  });
});
