import { afterEach, describe, expect, test } from "vitest";
import {
  choose,
  clickButton,
  deepActiveElement,
  deepQuery,
  deepText,
  expectAccessible,
  fill,
  mount,
  resetTab,
  seeText,
  submit,
} from "../testing/dom.js";
import { order, storeConfig } from "../testing/fixtures.js";
import { MockApi } from "../testing/mock-api.js";

afterEach(resetTab);

function mountForm(api: MockApi, kind: "complaint" | "inquiry" = "complaint") {
  return mount(
    "aftersales-complaint-form",
    api,
    { locale: "en-GB", kind },
    { sessionToken: "tok_ord_1", order: structuredClone(order), config: structuredClone(storeConfig) },
  );
}

describe("<aftersales-complaint-form>", () => {
  test("asks for a description long enough to act on", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await seeText(form, "Report a problem · Step 1 of 3 Tell us what happened");
    await expectAccessible(form);
    fill(form, "#description", "Broken");
    await submit(form);
    await seeText(form, "Write at least 10 characters.");
    expect(deepQuery(form, "#description")?.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => deepActiveElement()?.id).toBe("description");
    await expectAccessible(form);
  });

  test("suggests the classifier's category, and sends what the shopper chose", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await seeText(form, "Tell us what happened");
    fill(form, "#subject", "Parcel");
    fill(form, "#description", "The vase arrived broken, the box was crushed.");
    await submit(form);
    await seeText(form, "Delivery damage (suggested)");
    expect(api.calls("POST /v1/stores/demo/classify")[0]?.body).toEqual({
      text: "Parcel\nThe vase arrived broken, the box was crushed.",
      locale: "en",
    });
    expect(deepQuery<HTMLInputElement>(form, "input[name=category][value=delivery_damage]")?.checked).toBe(
      true,
    );
    await expectAccessible(form);
    choose(form, "input[name=category][value=product_quality]");
    choose(form, "#line", "L2");
    choose(form, "input[name=channel][value=phone]");
    await submit(form);
    await seeText(form, "Review and submit");
    expect(deepText(form)).toContain(
      "Subject Parcel Description The vase arrived broken, the box was crushed. What is it about? Product quality Which item is it about? Ceramic mug How should we contact you? Phone",
    );
    await expectAccessible(form);
    await submit(form);
    await seeText(form, "Complaint for order #1001");
    expect(api.calls("POST /v1/cases")[0]?.body).toEqual({
      kind: "complaint",
      description: "The vase arrived broken, the box was crushed.",
      locale: "en",
      subject: "Parcel",
      category: "product_quality",
      contactChannel: "phone",
      lines: [{ lineId: "L2", quantity: 1 }],
    });
  });

  test("a complaint needs a category; without a classifier the shopper still chooses", async () => {
    const api = new MockApi();
    api.fail("POST /v1/stores/demo/classify", { status: 500, type: "internal" });
    const form = mountForm(api);
    await seeText(form, "Tell us what happened");
    fill(form, "#description", "Nobody answered my emails for a week.");
    await submit(form);
    await seeText(form, "What is it about?");
    await submit(form);
    await seeText(form, "Choose what it is about.");
    expect(deepText(form)).not.toContain("(suggested)");
    await expectAccessible(form);
  });

  test("a question may go without a category", async () => {
    const api = new MockApi();
    const form = mountForm(api, "inquiry");
    await seeText(form, "Ask a question · Step 1 of 3");
    fill(form, "#description", "Can I pick the order up in the shop?");
    await submit(form);
    await seeText(form, "What is it about? (optional)");
    clickButton(form, "Back");
    await seeText(form, "Your question");
    expect(deepQuery<HTMLTextAreaElement>(form, "#description")?.value).toBe(
      "Can I pick the order up in the shop?",
    );
    await submit(form);
    await seeText(form, "Details");
    choose(form, "input[name=category][value=product_quality]");
    await submit(form);
    await submit(form);
    await seeText(form, "Question for order #1001");
    expect(api.calls("POST /v1/cases")[0]?.body).toMatchObject({
      kind: "inquiry",
      category: "product_quality",
    });
  });

  test("keeps the text through a failed send and a reload", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await seeText(form, "Tell us what happened");
    fill(form, "#description", "The colour is not the one on the photo.");
    await submit(form);
    await seeText(form, "Product quality (suggested)");
    await submit(form);
    await seeText(form, "Review and submit");
    api.fail("POST /v1/cases", { status: 503, type: "internal" });
    await submit(form);
    await seeText(form, "Something went wrong on our side. Please try again in a moment.");
    await expectAccessible(form);
    const again = mountForm(api);
    await seeText(again, "Review and submit");
    expect(deepText(again)).toContain("The colour is not the one on the photo.");
    await submit(again);
    await seeText(again, "Complaint for order #1001");
    const keys = api.calls("POST /v1/cases").map((r) => r.headers["idempotency-key"]);
    expect(keys[1]).toBe(keys[0]);
  });
});
