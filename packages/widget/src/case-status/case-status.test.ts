import { afterEach, describe, expect, test } from "vitest";
import type { CaseUpdatedDetail } from "../index.js";
import {
  choose,
  clickButton,
  deepQuery,
  deepText,
  expectAccessible,
  fill,
  mount,
  resetTab,
  seeText,
  submit,
} from "../testing/dom.js";
import { allStatuses, caseIn, storeConfig } from "../testing/fixtures.js";
import { MockApi } from "../testing/mock-api.js";

afterEach(resetTab);

function mountStatus(api: MockApi, caseId = "case_1", attributes: Record<string, string> = {}) {
  return mount(
    "aftersales-case-status",
    api,
    { locale: "en-GB", "case-id": caseId, "session-token": "tok_ord_1", ...attributes },
    { config: structuredClone(storeConfig) },
  );
}

/** What each status must tell the shopper, besides its name. */
const expected: Record<string, string[]> = {
  submitted: [
    "Return for order #1001 Submitted · Opened on Fri 20 Nov, 09:00",
    "We'll reply by Tue 24 Nov, 10:30 Times are shown in the store's time zone (Central European Time). Our hours: Mon–Fri 09:00–18:00",
  ],
  acknowledged: [
    "Received",
    "We aim to resolve this by Fri 27 Nov, 17:00",
    "Request received Support team · Fri 20 Nov, 10:00",
  ],
  investigating: [
    "We're looking into it",
    "Messages Support team · Fri 20 Nov, 10:05 We are checking. You · Fri 20 Nov, 11:00 Thanks!",
  ],
  awaiting_customer: [
    "Waiting for your reply",
    "The clock is paused until we hear from you or your parcel arrives.",
    "Could you send a photo of the label?",
  ],
  proposed: [
    "Choose a solution Refund to the original payment — €49.90 Store credit with a 10% bonus — €54.90",
  ],
  in_progress: [
    "In progress · Opened on Fri 20 Nov, 09:00 Please send the items back",
    "We'll process your return by Mon 30 Nov, 18:00",
    "How to send the items back Pack the shirt in its original bag and drop it at any DHL point with label 00340434.",
    "Return approved",
  ],
  resolved: ["Resolved", "How satisfied are you with how we handled this?", "Refund issued: €49.90"],
  closed: ["Closed", "Thank you! You rated us 5 out of 5.", "You rated us 5 out of 5 You"],
  declined: ["Declined", "Request declined"],
  cancelled: ["Cancelled"],
  reopened: ["Reopened", "We'll reply by Mon 30 Nov, 10:00"],
};

describe("<aftersales-case-status>", () => {
  for (const status of allStatuses) {
    test(`shows a ${status} case in plain words, accessibly`, async () => {
      const api = new MockApi();
      api.addCase(caseIn(status));
      const element = mountStatus(api);
      await seeText(element, "Return for order #1001");
      for (const text of expected[status]!) expect(deepText(element)).toContain(text);
      await expectAccessible(element);
    });
  }

  test("sends a message and shows it in the thread", async () => {
    const api = new MockApi();
    api.addCase(caseIn("investigating"));
    const updates: CaseUpdatedDetail[] = [];
    document.addEventListener("aftersales-case-updated", (e) => updates.push(e.detail));
    const element = mountStatus(api);
    await seeText(element, "Your message");
    await submit(element, "form");
    await seeText(element, "Write a message first.");
    await expectAccessible(element);
    fill(element, "#message", "The label is attached.");
    await submit(element, "form");
    await seeText(element, "You · Sun 22 Nov, 13:00 The label is attached.");
    expect(api.calls("POST /v1/cases/case_1/messages")[0]?.body).toEqual({ body: "The label is attached." });
    expect(updates.map((u) => u.action)).toEqual(["messages"]);
    expect(deepQuery<HTMLTextAreaElement>(element, "#message")?.value).toBe("");
  });

  test("lets the shopper choose one of the offered solutions", async () => {
    const api = new MockApi();
    api.addCase(caseIn("proposed"));
    const element = mountStatus(api);
    await seeText(element, "Choose a solution");
    await submit(element, "form");
    await seeText(element, "Choose one of the solutions.");
    await expectAccessible(element);
    choose(element, "input[name=option][value=opt2]");
    await submit(element, "form");
    await seeText(element, "Solution chosen");
    expect(api.calls("POST /v1/cases/case_1/choice")[0]?.body).toEqual({ optionId: "opt2" });
    expect(deepText(element)).toContain("In progress");
  });

  test("explains an option that is no longer offered", async () => {
    const api = new MockApi();
    api.addCase(caseIn("proposed"));
    api.fail("POST /v1/cases/case_1/choice", { status: 409, type: "option_not_offered" });
    const element = mountStatus(api);
    await seeText(element, "Choose a solution");
    choose(element, "input[name=option][value=opt1]");
    await submit(element, "form");
    await seeText(element, "This solution is no longer offered. Please choose another.");
    await expectAccessible(element);
  });

  test("takes the satisfaction rating once resolved", async () => {
    const api = new MockApi();
    api.addCase(caseIn("resolved"));
    const element = mountStatus(api);
    await seeText(element, "How satisfied are you");
    choose(element, "input[name=score][value='4']");
    fill(element, "#comment", "Quick and friendly.");
    await submit(element, "form");
    await seeText(element, "Thank you! You rated us 4 out of 5.");
    expect(api.calls("POST /v1/cases/case_1/rating")[0]?.body).toEqual({
      score: 4,
      comment: "Quick and friendly.",
    });
  });

  test("cancels only after the shopper confirms", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    const element = mountStatus(api);
    await seeText(element, "Cancel this request");
    clickButton(element, "Cancel this request");
    await seeText(element, "Cancel this request? This can't be undone.");
    await expectAccessible(element);
    clickButton(element, "No, keep it");
    await seeText(element, "Cancel this request");
    expect(api.calls("POST /v1/cases/case_1/cancel")).toEqual([]);
    clickButton(element, "Cancel this request");
    await seeText(element, "This can't be undone.");
    clickButton(element, "Yes, cancel it");
    await seeText(element, "Cancelled");
    expect(api.calls("POST /v1/cases/case_1/cancel")).toHaveLength(1);
  });

  test("works alone from an email link: case link token, store config fetched for the time zone", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    // The tab holds a session for another order: the link's token is the one sent for this case.
    sessionStorage.setItem("aftersales:session:|demo", JSON.stringify({ token: "tok_other" }));
    const element = mount("aftersales-case-status", api, {
      locale: "en-GB",
      "case-id": "case_1",
      "link-token": "link:case_1",
    });
    await seeText(
      element,
      "We'll reply by Tue 24 Nov, 10:30 Times are shown in the store's time zone (Central European Time).",
    );
    const [read] = api.calls("GET /v1/cases/case_1");
    expect([read?.path, read?.headers.authorization]).toEqual(["/v1/cases/case_1", "Bearer link:case_1"]);
    expect(api.calls("GET /v1/stores/demo/config")).toHaveLength(1);
  });

  test("says so when the case can't be found, and offers no retry that cannot help", async () => {
    const api = new MockApi();
    const element = mountStatus(api, "case_404");
    await seeText(element, "We couldn't find this request. The link may have expired or be mistyped.");
    expect(deepText(element)).not.toContain("Try again");
    await expectAccessible(element);
  });

  test("offers a retry when the network fails while loading", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    api.fail("GET /v1/cases/case_1", "network");
    const element = mountStatus(api);
    await seeText(element, "We couldn't reach the store's service.");
    await expectAccessible(element);
    clickButton(element, "Try again");
    await seeText(element, "We'll reply by");
  });

  test("shows the loading state accessibly, and a set-up error without a case id", async () => {
    const api = new MockApi();
    api.addCase(caseIn("submitted"));
    const release = api.hold("GET /v1/cases/case_1");
    const element = mountStatus(api);
    await seeText(element, "Loading…");
    await expectAccessible(element);
    release();
    await seeText(element, "We'll reply by");
    const bare = mount("aftersales-case-status", api, { locale: "en-GB" });
    await seeText(bare, "This form isn't set up correctly: case-id is missing.");
  });
});
