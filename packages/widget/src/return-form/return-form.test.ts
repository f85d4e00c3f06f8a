import { afterEach, describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { CaseCreatedDetail } from "../index.js";
import {
  choose,
  clickButton,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  deepText,
  expectAccessible,
  fill,
  mount,
  resetTab,
  seeText,
  submit,
  submitNow,
} from "../testing/dom.js";
import { order, storeConfig } from "../testing/fixtures.js";
import { MockApi } from "../testing/mock-api.js";

afterEach(resetTab);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A return form inside a host that already has the session (as the portal passes it). */
function mountForm(api: MockApi, properties: Record<string, unknown> = {}) {
  return mount(
    "aftersales-return-form",
    api,
    { locale: "en-GB" },
    {
      sessionToken: "tok_ord_1",
      order: structuredClone(order),
      config: structuredClone(storeConfig),
      ...properties,
    },
  );
}

async function chooseShirt(form: HTMLElement, reason = "size") {
  await seeText(form, "Choose items");
  choose(form, "input[type=checkbox]");
  await seeText(form, "Quantity");
  choose(form, "#reason-L1", reason);
  await submit(form);
  await seeText(form, "Choose what you'd like instead");
  await seeText(form, "Estimated total refund");
}

describe("<aftersales-return-form>", () => {
  test("lists returnable lines to choose and says why the others can't be", async () => {
    const form = mountForm(new MockApi());
    await seeText(form, "Step 1 of 3 Choose items");
    const text = deepText(form);
    expect(text).toContain("Return Linen shirt (M / Blue)");
    expect(text).toContain("Gift card can't be returned: Gift cards cannot be returned.");
    expect(text).toContain(
      "Wool scarf can't be returned: The return window ended on 2026-11-01 23:59 Europe/Berlin. This product cannot be returned under the store's policy (seasonal items).",
    );
    expect(deepQueryAll(form, "input[type=checkbox]")).toHaveLength(2);
    await expectAccessible(form);
  });

  test("asks for an item and for each chosen item's reason", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await seeText(form, "Choose items");
    await submit(form);
    await seeText(form, "Choose at least one item to return.");
    await expectAccessible(form);
    choose(form, "input[type=checkbox]");
    await seeText(form, "Reason");
    const reasons = [...deepQuery<HTMLSelectElement>(form, "#reason-L1")!.options].map((o) => o.text.trim());
    expect(reasons).toEqual([
      "Choose a reason",
      "Size or fit",
      "Changed my mind",
      "Defective or poor quality",
      "Wrong colour",
    ]);
    await submit(form);
    await seeText(form, "Choose a reason for Linen shirt.");
    expect(deepQuery(form, "#reason-L1")?.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => deepActiveElement()?.id).toBe("reason-L1");
    expect(api.calls("POST /v1/me/eligibility")).toEqual([]);
    await expectAccessible(form);
  });

  test("shows the fees and the refund estimate from the decision, per resolution", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await chooseShirt(form);
    expect(api.calls("POST /v1/me/eligibility")[0]?.body).toEqual({
      lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }],
      locale: "en",
    });
    let text = deepText(form);
    expect(text).toContain("Restocking fee €4.99 Return shipping €4.95 Estimated refund €39.96");
    expect(text).toContain("Total fees €9.94 Estimated total refund €39.96");
    await expectAccessible(form);
    choose(form, "input[name=res-L1][value=store_credit]");
    await seeText(form, "Store credit bonus: €4.99");
    text = deepText(form);
    expect(text).toContain("Restocking fee Free Return shipping €4.95 Estimated refund €44.95");
    await expectAccessible(form);
  });

  test("asks for photos when the reason needs evidence; checks type and size before upload", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await chooseShirt(form, "defective");
    expect(deepText(form)).toContain("Step 2 of 4");
    await submit(form);
    await seeText(form, "Photos of Linen shirt");
    await seeText(form, "JPEG, PNG, WebP or HEIC, up to 1 MB each, at most 3 in total.");
    await submit(form);
    await seeText(form, "Add at least one photo of Linen shirt.");
    await expectAccessible(form);
    const input = deepQuery<HTMLInputElement>(form, "#file-L1")!;
    const pdf = new File(["%PDF"], "receipt.pdf", { type: "application/pdf" });
    const huge = new File([new Uint8Array(1_048_577)], "huge.jpg", { type: "image/jpeg" });
    await userEvent.upload(input, [pdf, huge]);
    await seeText(form, "receipt.pdf is not a JPEG, PNG, WebP or HEIC image. huge.jpg is larger than 1 MB.");
    expect(api.calls("POST /v1/attachments")).toEqual([]);
    const png = new File([new Uint8Array([137, 80, 78, 71])], "crack.png", { type: "image/png" });
    await userEvent.upload(input, [png]);
    await expect.poll(() => deepQuery<HTMLImageElement>(form, "img")?.alt).toBe("Photo crack.png");
    await seeText(form, "crack.png Remove crack.png");
    expect(api.calls("POST /v1/attachments")[0]?.headers).toMatchObject({
      "content-type": "image/png",
      authorization: "Bearer tok_ord_1",
    });
    await expectAccessible(form);
    clickButton(form, "Remove");
    await expect.poll(() => deepQuery(form, "img")).toBeNull();
    await userEvent.upload(deepQuery<HTMLInputElement>(form, "#file-L1")!, [png]);
    await seeText(form, "crack.png Remove");
    await submit(form);
    await seeText(form, "Step 4 of 4 Review and submit");
    expect(deepText(form)).toContain(
      "Linen shirt × 1 Defective or poor quality · Refund to the original payment Add photos: 1",
    );
    await submit(form);
    await seeText(form, "Sent.");
    expect(api.calls("POST /v1/cases")[0]?.body).toMatchObject({ attachments: ["att_2"] });
  });

  test("shows the photos of a restored draft again, fetched back from the server", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await chooseShirt(form, "defective");
    await submit(form);
    await seeText(form, "Photos of Linen shirt");
    const png = new File([new Uint8Array([137, 80, 78, 71])], "crack.png", { type: "image/png" });
    await userEvent.upload(deepQuery<HTMLInputElement>(form, "#file-L1")!, [png]);
    await seeText(form, "crack.png Remove");

    // The tab reloads on the photos step: the preview comes back from the server, not the tab.
    const again = mountForm(api);
    await seeText(again, "We kept what you entered before.");
    await expect.poll(() => deepQuery<HTMLImageElement>(again, "img")?.alt).toBe("Photo crack.png");
    expect(deepQuery<HTMLImageElement>(again, "img")?.src).toMatch(/^blob:/);
    expect(api.calls("GET /v1/attachments/att_1")[0]?.headers.authorization).toBe("Bearer tok_ord_1");
    await submit(again);
    await seeText(again, "Review and submit");
    await expectAccessible(again);
  });

  test("submits once however often the shopper presses submit, with one UUID key", async () => {
    const api = new MockApi();
    const created: CaseCreatedDetail[] = [];
    document.addEventListener("aftersales-case-created", (e) => created.push(e.detail));
    const form = mountForm(api);
    await chooseShirt(form);
    await submit(form);
    await seeText(form, "Review and submit");
    await expectAccessible(form);
    const release = api.hold("POST /v1/cases");
    submitNow(form);
    submitNow(form);
    clickButton(form, "Submit return");
    await seeText(form, "Sending…");
    expect(deepQuery<HTMLButtonElement>(form, "button[type=submit]")?.disabled).toBe(true);
    release();
    await seeText(form, "Return for order #1001");
    const posts = api.calls("POST /v1/cases");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.headers["idempotency-key"]).toMatch(uuid);
    expect(posts[0]?.body).toEqual({
      kind: "return",
      lines: [{ lineId: "L1", quantity: 1, reason: "size", resolution: "refund" }],
      description: "",
      attachments: [],
      locale: "en",
    });
    expect(created.map((c) => [c.caseId, c.kind, c.replayed])).toEqual([["case_1", "return", false]]);
    expect(sessionStorage.getItem("aftersales:draft:return:demo:#1001")).toBeNull();
  });

  test("keeps the draft through a network failure and retries with the same key", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await chooseShirt(form);
    await submit(form);
    await seeText(form, "Review and submit");
    api.fail("POST /v1/cases", "network");
    await submit(form);
    await seeText(
      form,
      "We couldn't reach the store's service. Check your connection and try again — what you entered is kept.",
    );
    await expectAccessible(form);
    const draft = JSON.parse(sessionStorage.getItem("aftersales:draft:return:demo:#1001")!);
    expect(draft.data.lines.L1).toEqual({
      selected: true,
      quantity: 1,
      reason: "size",
      resolution: "refund",
      note: "",
    });

    // The tab reloads: the shopper finds everything as it was.
    const again = mountForm(api);
    await seeText(again, "Review and submit");
    await seeText(again, "We kept what you entered before.");
    clickButton(again, "Back");
    clickButton(again, "Back");
    await seeText(again, "Choose items");
    expect(deepQuery<HTMLSelectElement>(again, "#reason-L1")?.value).toBe("size");
    await submit(again);
    await seeText(again, "Estimated total refund");
    await submit(again);
    await seeText(again, "Review and submit");
    await submit(again);
    await seeText(again, "Return for order #1001");
    const keys = api.calls("POST /v1/cases").map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  test("uses a new key when the shopper changes the request after a refusal", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await chooseShirt(form);
    await submit(form);
    await seeText(form, "Review and submit");
    api.fail("POST /v1/cases", { status: 422, type: "ineligible" });
    await submit(form);
    await seeText(form, "None of the chosen items can be returned.");
    clickButton(form, "Back");
    await seeText(form, "Estimated total refund");
    choose(form, "input[name=res-L1][value=exchange]");
    await expect.poll(() => api.calls("POST /v1/me/eligibility").length).toBe(2);
    await submit(form);
    await seeText(form, "Review and submit");
    await submit(form);
    await seeText(form, "Exchange for order #1001");
    const keys = api.calls("POST /v1/cases").map((r) => r.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(2);
  });

  test("needs the order again when the session ended, keeping the draft", async () => {
    const api = new MockApi();
    const form = mountForm(api);
    await chooseShirt(form);
    api.fail("POST /v1/me/eligibility", { status: 401, type: "unauthorized" });
    clickButton(form, "Back");
    await seeText(form, "Choose items");
    await submit(form);
    await seeText(form, "Your session has ended. Please find your order again — what you entered is kept.");
    await seeText(form, "Find your order");
    await expectAccessible(form);
    fill(form, "#order-number", "#1001");
    fill(form, "#email", "anna@example.de");
    await submit(form);
    await seeText(form, "Step 2 of 3 Choose what you'd like instead We kept what you entered before.");
    await seeText(form, "Estimated total refund €39.96");
  });

  test("works alone: finds the order itself, then shows the new case's status", async () => {
    const api = new MockApi();
    const form = mount("aftersales-return-form", api, { locale: "en-GB" });
    await seeText(form, "Find your order");
    fill(form, "#order-number", "#1001");
    fill(form, "#email", "anna@example.de");
    await submit(form);
    await seeText(form, "Choose items");
    expect(api.calls("GET /v1/stores/demo/config")).toHaveLength(1);
    await chooseShirt(form);
    await submit(form);
    await submit(form);
    await seeText(form, "We'll reply by Tue 24 Nov, 10:30");
    await expectAccessible(form);
  });
});
