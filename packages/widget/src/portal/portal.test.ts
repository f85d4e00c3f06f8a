import { afterEach, describe, expect, test } from "vitest";
import type { CaseCreatedDetail, SessionDetail } from "../index.js";
import {
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
import { MockApi } from "../testing/mock-api.js";

afterEach(resetTab);

async function findOrder(api: MockApi, number = "#1001", email = "anna@example.de") {
  const portal = mount("aftersales-portal", api, { locale: "en-GB" });
  await seeText(portal, "Find your order");
  fill(portal, "#order-number", number);
  fill(portal, "#email", email);
  await submit(portal);
  return portal;
}

describe("<aftersales-portal>", () => {
  test("is defined as soon as the entry runs, and calls nothing until it is on a page", () => {
    for (const tag of [
      "aftersales-portal",
      "aftersales-return-form",
      "aftersales-complaint-form",
      "aftersales-case-status",
    ]) {
      expect(customElements.get(tag), tag).toBeDefined();
    }
    const api = new MockApi();
    document.createElement("aftersales-portal").fetch = api.fetch;
    expect(api.requests).toEqual([]);
  });

  test("asks for order number and email first, accessibly", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api);
    await seeText(portal, "Find your order");
    expect(deepQuery(portal, "label[for=order-number]")?.textContent).toBe("Order number");
    await expectAccessible(portal);
  });

  test("says which field is missing or malformed and focuses it, without calling the API", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api);
    await seeText(portal, "Find your order");
    fill(portal, "#email", "anna-at-example");
    await submit(portal);
    await seeText(portal, "Enter your order number.");
    await seeText(portal, "Enter the email address in the format name@example.com.");
    expect(deepQuery(portal, "#order-number")?.getAttribute("aria-invalid")).toBe("true");
    expect(deepQuery(portal, "#order-number")?.getAttribute("aria-describedby")).toBe(
      "order-number-hint order-number-error",
    );
    await expect.poll(() => deepActiveElement()?.id).toBe("order-number");
    expect(api.calls("POST /v1/stores/demo/sessions")).toEqual([]);
    await expectAccessible(portal);
  });

  test("explains a wrong email or order number in plain words", async () => {
    const api = new MockApi();
    const portal = await findOrder(api, "#1001", "someone@else.de");
    await seeText(
      portal,
      "We couldn't find an order with that number and email address. Check both and try again.",
    );
    expect(deepQuery(portal, "[role=alert]")?.textContent).toContain("We couldn't find an order");
    expect(deepText(deepQuery(portal, "[role=alert]")!)).not.toContain("Try again");
    await expectAccessible(portal);
  });

  test("tells how long to wait when rate limited", async () => {
    const api = new MockApi();
    api.fail("POST /v1/stores/demo/sessions", { status: 429, type: "rate_limited", retryAfter: 90 });
    const portal = await findOrder(api);
    await seeText(portal, "Too many attempts. Please wait 2 min and try again.");
  });

  test("keeps what was typed through a network failure and tries again", async () => {
    const api = new MockApi();
    api.fail("POST /v1/stores/demo/sessions", "network");
    const errors: string[] = [];
    document.addEventListener("aftersales-error", (e) => errors.push(e.detail.code), { once: true });
    const portal = await findOrder(api);
    await seeText(portal, "We couldn't reach the store's service. Check your connection and try again");
    expect(errors).toEqual(["network"]);
    expect(deepQuery<HTMLInputElement>(portal, "#email")?.value).toBe("anna@example.de");
    await expectAccessible(portal);
    await submit(portal);
    await seeText(portal, "Order #1001");
  });

  test("shows every line with its eligibility and the reason in plain words", async () => {
    const api = new MockApi();
    const sessions: SessionDetail[] = [];
    document.addEventListener("aftersales-session", (e) => sessions.push(e.detail), { once: true });
    const portal = await findOrder(api);
    await seeText(portal, "Order #1001");
    const text = deepText(portal);
    expect(text).toContain("Placed on 2 Nov 2026");
    expect(text).toContain("Delivered on 5 Nov 2026");
    expect(text).toContain("Linen shirt M / Blue 2 × €49.90 Can be returned until 5 Dec 2026");
    expect(text).toContain(
      "Ceramic mug 1 × €18.00 Can be returned after a check by our team (until 5 Dec 2026) Our team reviews every return request.",
    );
    expect(text).toContain("Gift card 1 × €25.00 Can't be returned Gift cards cannot be returned.");
    expect(text).toContain(
      "Wool scarf 1 × €35.00 Can't be returned The return window ended on 2026-11-01 23:59 Europe/Berlin. This product cannot be returned under the store's policy (seasonal items).",
    );
    expect(sessions).toEqual([{ orderNumber: "#1001" }]);
    await expect.poll(() => deepActiveElement()?.id).not.toBe("order-number");
    await expectAccessible(portal);
  });

  test("offers no return when nothing can be returned, but still a complaint", async () => {
    const api = new MockApi();
    const portal = await findOrder(api, "#1002");
    await seeText(portal, "Order #1002");
    await seeText(portal, "None of the items in this order can be returned. You can still report a problem.");
    expect(deepText(portal)).not.toContain("Return or exchange items");
    await expectAccessible(portal);
  });

  test("skips the form with an identity token from the host page", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api, { "identity-token": "identity:#1001" });
    await seeText(portal, "Order #1001");
    expect(api.calls("POST /v1/stores/demo/sessions")[0]?.body).toEqual({ identityToken: "identity:#1001" });
  });

  test("falls back to the form when the identity token is refused", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api, { "identity-token": "identity:forged" });
    await seeText(portal, "We couldn't find an order with that number and email address.");
    await seeText(portal, "Find your order");
  });

  test("resumes the tab's session and step after a reload, and forgets it on request", async () => {
    const api = new MockApi();
    const first = await findOrder(api);
    await seeText(first, "Order #1001");
    const again = mount("aftersales-portal", api);
    await seeText(again, "Order #1001");
    expect(api.calls("GET /v1/me/order")[0]?.headers.authorization).toBe("Bearer tok_ord_1");
    clickButton(again, "Use another order");
    await seeText(again, "Find your order");
    const third = mount("aftersales-portal", api);
    await seeText(third, "Find your order");
  });

  test("opens a return and lands on its status; events reach the host page", async () => {
    const api = new MockApi();
    const created: CaseCreatedDetail[] = [];
    document.addEventListener("aftersales-case-created", (e) => created.push(e.detail));
    const portal = await findOrder(api);
    await seeText(portal, "Order #1001");
    clickButton(portal, "Return or exchange items");
    await seeText(portal, "Choose items");
    expect(deepText(portal)).toContain("Back to order");
    clickButton(portal, "Back to order");
    await seeText(portal, "Report a problem");
    clickButton(portal, "Ask a question");
    await seeText(portal, "Ask a question · Step 1 of 3");
    fill(portal, "#description", "Do you ship to Austria as well?");
    await submit(portal);
    await seeText(portal, "Details");
    await submit(portal);
    await seeText(portal, "Review and submit");
    await submit(portal);
    await seeText(portal, "Question for order #1001");
    await seeText(portal, "We'll reply by Tue 24 Nov, 10:30");
    expect(created.map((c) => [c.caseId, c.kind])).toEqual([["case_1", "inquiry"]]);
    clickButton(portal, "Back to order");
    await seeText(portal, "Your requests");
    await seeText(portal, "View Question from 20 Nov 2026");
    await expectAccessible(portal);
  });

  test("logs in again when the session expired, keeping the step", async () => {
    const api = new MockApi();
    const portal = await findOrder(api);
    await seeText(portal, "Order #1001");
    api.fail("GET /v1/me/order", { status: 401, type: "unauthorized" });
    const again = mount("aftersales-portal", api);
    await seeText(again, "Find your order");
    expect(portal.isConnected).toBe(false);
  });
});
