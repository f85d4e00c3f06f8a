import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  clickButton,
  deepQuery,
  deepText,
  expectAccessible,
  mount,
  resetTab,
  seeText,
} from "../testing/dom.js";
import { caseIn } from "../testing/fixtures.js";
import { MockApi } from "../testing/mock-api.js";

let page: string;

beforeEach(() => {
  page = location.href;
});

afterEach(() => {
  history.replaceState(history.state, "", page);
  resetTab();
});

/** Puts an email link's parameters on this page's address, around the page's own. */
function arriveFrom(query: string): void {
  const url = new URL(page);
  url.search = `?utm_source=email&${query}`;
  url.hash = "#help";
  history.replaceState(history.state, "", url);
}

/** The query and hash the page is left with. */
function address(): string {
  return location.search + location.hash;
}

describe("<aftersales-portal> opened from an email link", () => {
  test("shows the case at once, without the order form, and takes case and token off the address", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    arriveFrom("case=case_1&t=link%3Acase_1");
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(portal, "Return for order #1001 Submitted · Opened on Fri 20 Nov, 09:00");
    await seeText(portal, "We'll reply by Tue 24 Nov, 10:30");
    expect(address()).toBe("?utm_source=email#help");
    expect(deepText(portal)).not.toContain("Find your order");
    const [read] = api.calls("GET /v1/cases/case_1");
    expect([read?.path, read?.headers.authorization]).toEqual(["/v1/cases/case_1", "Bearer link:case_1"]);
    expect(api.calls("POST /v1/stores/demo/sessions")).toEqual([]);
    expect(api.calls("GET /v1/me/order")).toEqual([]);
    expect(JSON.stringify(history.state ?? null)).not.toContain("link:case_1");
    await expectAccessible(portal);
  });

  test("acts on the case with the link's token, and shows it again after a reload", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    arriveFrom("case=case_1&t=link%3Acase_1");
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(portal, "Return for order #1001");
    clickButton(portal, "Cancel this request");
    await seeText(portal, "This can't be undone.");
    clickButton(portal, "Yes, cancel it");
    await seeText(portal, "Return for order #1001 Cancelled");
    expect(api.calls("POST /v1/cases/case_1/cancel")[0]?.headers.authorization).toBe("Bearer link:case_1");
    expect(address()).toBe("?utm_source=email#help");
    const again = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(again, "Return for order #1001 Cancelled");
    clickButton(again, "Back to order");
    await seeText(again, "Find your order");
    const third = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(third, "Find your order");
  });

  test("an expired or forged token explains itself and offers the order lookup", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    arriveFrom("case=case_1&t=link%3Aexpired");
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(portal, "We couldn't find this request. The link may have expired or be mistyped.");
    await seeText(portal, "Find your order");
    expect(deepQuery(portal, "[role=alert]")?.textContent).toBe(
      "We couldn't find this request. The link may have expired or be mistyped.",
    );
    expect(address()).toBe("?utm_source=email#help");
    await expectAccessible(portal);
  });

  test("a token for another case, in Simplified Chinese, and the order found from there", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    api.addCase(caseIn("submitted", "case_2"));
    arriveFrom("case=case_1&t=link%3Acase_2");
    const portal = mount("aftersales-portal", api, { locale: "zh-CN" });
    await seeText(portal, "找不到此售后单，链接可能已过期或有误。");
    await seeText(portal, "查找您的订单");
    expect(address()).toBe("?utm_source=email#help");
    await expectAccessible(portal);
  });

  test("in Traditional Chinese, the case is shown in the shopper's language", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    arriveFrom("case=case_1&t=link%3Acase_1");
    const portal = mount("aftersales-portal", api, { locale: "zh-TW" });
    await seeText(portal, "訂單 #1001 的退貨售後單");
    expect(address()).toBe("?utm_source=email#help");
  });

  test("a link without its token is left alone: the order form as usual", async () => {
    const api = new MockApi();
    arriveFrom("case=case_1");
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(portal, "Find your order");
    expect(address()).toBe("?utm_source=email&case=case_1#help");
    expect(api.calls("GET /v1/cases")).toEqual([]);
  });
});
