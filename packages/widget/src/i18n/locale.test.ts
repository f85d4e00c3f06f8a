import { afterEach, describe, expect, test } from "vitest";
import { choose, deepText, fill, mount, resetTab, seeText, submit } from "../testing/dom.js";
import { allStatuses, caseIn, order, storeConfig } from "../testing/fixtures.js";
import { MockApi } from "../testing/mock-api.js";
import { en, type Messages } from "./en.js";
import { formatDateTime, formatMoney, loadMessages, tableFor, timeZoneName, translator } from "./i18n.js";
import { Msg } from "./msg.js";
import { zhHans } from "./zh-hans.js";
import { zhHant } from "./zh-hant.js";

afterEach(resetTab);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const cjk = /[\u4e00-\u9fff]/;
/** Texts that are the same in every language. */
const universal = new Set(["qtyOf"]);

/** Every text of a table by a readable name: `findTitle`, `status.submitted` … */
function flatten(table: Messages): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === "string") flat[Msg[Number(key)]!] = value;
    else for (const [code, text] of Object.entries(value)) flat[`${key}.${code}`] = text;
  }
  return flat;
}

describe("text tables", () => {
  for (const [name, table] of [
    ["zh-Hans", zhHans],
    ["zh-Hant", zhHant],
  ] as const) {
    test(`${name} has every key of the English table, with the same placeholders, in Chinese`, () => {
      const [theirs, ours] = [flatten(table), flatten(en)];
      expect(Object.keys(theirs).sort()).toEqual(Object.keys(ours).sort());
      const names = Object.keys(Msg).filter((name) => Number.isNaN(Number(name)));
      expect(Object.keys(ours).filter((key) => !key.includes("."))).toEqual(names);
      for (const [key, text] of Object.entries(ours)) {
        const translated = theirs[key]!;
        expect(placeholders(translated), key).toEqual(placeholders(text));
        if (!universal.has(key)) expect(translated, key).toMatch(cjk);
      }
    });
  }

  test("a missing text shows as ⟦key⟧ so any state that uses it fails the rendering tests", () => {
    const t = translator({ ...en, [Msg.findTitle]: undefined } as unknown as Messages);
    expect(t(Msg.findTitle)).toBe(`⟦${Msg.findTitle}⟧`);
    expect(t(Msg.placedOn, { date: "2 Nov" })).toBe("Placed on 2 Nov");
  });

  test("texts named by server codes: known codes, placeholders, and nothing for an unknown code", () => {
    const t = translator(en);
    expect(t.code("res", "refund")).toBe("Refund to the original payment");
    expect(t.code("event", "refund_issued", { amount: "€5.00" })).toBe("Refund issued: €5.00");
    expect(t.code("res", "some_new_code")).toBeUndefined();
    expect(t.code("event", "constructor")).toBeUndefined();
  });

  test("picks the table from the language tag", () => {
    const cases = {
      en: "en",
      "en-GB": "en",
      fr: "en",
      zh: "zh-Hans",
      "zh-CN": "zh-Hans",
      "zh-Hans-SG": "zh-Hans",
      "zh-TW": "zh-Hant",
      "zh-HK": "zh-Hant",
      "zh-MO": "zh-Hant",
      "zh-Hant": "zh-Hant",
    };
    expect(Object.fromEntries(Object.keys(cases).map((tag) => [tag, tableFor(tag)]))).toEqual(cases);
  });

  test("formats dates, the store's time zone and money with Intl in the shopper's language", async () => {
    const at = "2026-11-24T09:30:00Z";
    expect(formatDateTime(at, "en-GB", "Europe/Berlin")).toBe("Tue 24 Nov, 10:30");
    expect(formatDateTime(at, "zh-CN", "Europe/Berlin")).toBe("11月24日周二 10:30");
    expect(formatDateTime(at, "zh-TW", "Europe/Berlin")).toBe("11月24日週二 上午10:30");
    expect(formatDateTime(at, "zh-CN", "Asia/Shanghai")).toBe("11月24日周二 17:30");
    expect(timeZoneName("en-GB", "Europe/Berlin", at)).toBe("Central European Time");
    expect(timeZoneName("zh-CN", "Europe/Berlin", at)).toBe("中欧时间");
    expect(formatMoney({ amount: 4990, currency: "EUR" }, "en-GB")).toBe("€49.90");
    expect(formatMoney({ amount: 12800, currency: "CNY" }, "zh-CN")).toBe("¥128.00");
    expect(formatMoney({ amount: 1500, currency: "JPY" }, "en-GB")).toBe("JP¥1,500");
    expect(formatMoney({ amount: 12345, currency: "KWD" }, "en-GB")).toBe("KWD\u00a012.345");
    expect((await loadMessages("zh-Hant"))[Msg.findTitle]).toBe("查詢您的訂單");
  });
});

/** Walks every state of every element and returns what the shopper reads in each. */
async function everyState(locale: string): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  const api = new MockApi();
  const keep = (name: string, root: Element) => {
    seen[name] = deepText(root);
  };
  const title = { en: "Order #1001", "zh-Hans": "订单 #1001", "zh-Hant": "訂單 #1001" }[locale]!;

  const portal = mount("aftersales-portal", api, { locale });
  await seeText(portal, (await loadMessages(tableFor(locale)))[Msg.findTitle]);
  await submit(portal);
  await seeText(portal, (await loadMessages(tableFor(locale)))[Msg.orderNumberMissing]);
  keep("find, invalid", portal);
  api.fail("POST /v1/stores/demo/sessions", "network");
  fill(portal, "#order-number", "#1001");
  fill(portal, "#email", "anna@example.de");
  await submit(portal);
  await seeText(portal, (await loadMessages(tableFor(locale))).error.network);
  keep("find, network error", portal);
  await submit(portal);
  await seeText(portal, title);
  keep("order", portal);

  const props = {
    sessionToken: "tok_ord_1",
    order: structuredClone(order),
    config: structuredClone(storeConfig),
  };
  const form = mount("aftersales-return-form", api, { locale }, props);
  const t = translator(await loadMessages(tableFor(locale)));
  await seeText(form, t(Msg.stepItems));
  await submit(form);
  await seeText(form, t(Msg.noItemChosen));
  choose(form, "input[type=checkbox]");
  await seeText(form, t(Msg.quantity));
  choose(form, "#reason-L1", "defective");
  keep("return items", form);
  await submit(form);
  await seeText(form, t(Msg.totalRefund));
  keep("return resolution", form);
  await submit(form);
  await seeText(form, t(Msg.stepPhotos));
  await submit(form);
  await seeText(form, t(Msg.photosNeeded, { title: "Linen shirt" }));
  keep("return photos", form);

  const complaint = mount("aftersales-complaint-form", api, { locale }, props);
  await seeText(complaint, t(Msg.stepDescribe));
  fill(complaint, "#description", "The vase arrived broken.");
  await submit(complaint);
  await seeText(complaint, t(Msg.suggested));
  keep("complaint details", complaint);
  await submit(complaint);
  await seeText(complaint, t(Msg.stepReview));
  keep("complaint review", complaint);

  for (const status of allStatuses) {
    api.addCase(caseIn(status, `case_${status}`));
    const element = mount("aftersales-case-status", api, { locale, "case-id": `case_${status}` }, props);
    await seeText(element, t.code("status", status)!);
    keep(`case ${status}`, element);
  }
  return seen;
}

describe("every state in every language", () => {
  for (const locale of ["en", "zh-Hans", "zh-Hant"]) {
    test(`${locale}: no missing text anywhere`, async () => {
      const states = await everyState(locale);
      expect(Object.keys(states)).toHaveLength(19);
      for (const [state, text] of Object.entries(states)) {
        expect(text, state).not.toContain("⟦");
        if (locale !== "en") expect(text, state).toMatch(cjk);
      }
    });
  }

  test("switches language live and follows <html lang> when no locale is set", async () => {
    const api = new MockApi();
    document.documentElement.lang = "zh-TW";
    const portal = mount("aftersales-portal", api);
    document.documentElement.lang = "zh-TW";
    await seeText(portal, "查詢您的訂單");
    portal.locale = "zh-Hans";
    await seeText(portal, "查找您的订单");
    portal.locale = "en";
    await seeText(portal, "Find your order");
    expect(deepText(portal)).not.toMatch(cjk);
  });

  test("follows <html lang> changed after load, and the nearest lang around the tag", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api);
    await seeText(portal, "Find your order");
    document.documentElement.lang = "zh-CN";
    await seeText(portal, "查找您的订单");
    const explicit = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(explicit, "Find your order");
    document.documentElement.lang = "zh-TW";
    await expect.poll(() => deepText(explicit)).toContain("Find your order");
    const region = document.createElement("div");
    region.lang = "zh-TW";
    const nested = document.createElement("aftersales-portal");
    nested.store = "demo";
    nested.fetch = api.fetch;
    region.append(nested);
    document.body.append(region);
    await seeText(nested, "查詢您的訂單");
  });

  test("asks the server to explain the order again in the language the page switches to", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api);
    await seeText(portal, "Find your order");
    fill(portal, "#order-number", "#1001");
    fill(portal, "#email", "anna@example.de");
    await submit(portal);
    await seeText(portal, "Gift cards cannot be returned.");
    document.documentElement.lang = "zh-Hans";
    await seeText(portal, "礼品卡不支持退货。");
    await seeText(portal, "退货期限已于 2026-11-01 23:59 Europe/Berlin 截止。");
    expect(api.calls("GET /v1/me/order?locale=zh-Hans")).toHaveLength(1);
  });
});
