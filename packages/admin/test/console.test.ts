import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DashboardView, StaffMember, StoreSettings } from "../src/api/types.js";
import { ensureBuilt, launchChromium, seriousViolations } from "./browser.js";
import { type DemoServer, startDemoServer } from "./demo-server.js";

const SCREENSHOTS = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
const shoot = async (page: Page, name: string) => {
  // Screenshots for the docs are taken on request only, so test runs leave the work tree alone.
  if (!process.env.UPDATE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: `${SCREENSHOTS}admin-${name}.png`,
    fullPage: name === "case" || name === "sla",
  });
};

// Monday 23 November 2026, 10:00 in Berlin (the demo store's zone): the server's clock and the
// browser's both start here and move only when the test moves them.
const START = "2026-11-23T09:00:00.000Z";
const MINUTE = 60_000;

let server: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let complaintId = "";
let returnId = "";

const figure = async (testId: string) =>
  Number(((await page.getByTestId(testId).textContent()) ?? "").replace(/[^\d]/g, ""));

/** Moves the server's clock and the page's `Date` together, so "due in …" reads the same on both. */
async function advance(ms: number): Promise<void> {
  server.clock.advance(ms);
  await page.clock.setFixedTime(server.clock.now());
}

/** Waits until the inbox table's loading panel has faded out: axe must not judge half-transparent text. */
async function tableSettled(): Promise<void> {
  await page.locator(".Polaris-IndexTable__LoadingPanel").first().waitFor({ state: "hidden" });
}

/** Signs in with another staff key, as the sign-in form would keep it (sessionStorage), and reloads. */
async function signInAs(key: string): Promise<void> {
  await page.evaluate((k) => {
    sessionStorage.setItem("aftersales.admin.apiKey", k);
    sessionStorage.removeItem("aftersales.admin.staffId");
  }, key);
  await page.goto(`${server.url}/admin/#/`);
  await page.reload();
  await page.getByRole("heading", { name: "Inbox" }).waitFor();
}

async function openDashboard(): Promise<{ opened: number; backlog: number }> {
  // Through the navigation, as staff would: the screen mounts afresh and asks the API again.
  await page.goto(`${server.url}/admin/#/`);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await page.getByTestId("figure-opened").waitFor();
  return { opened: await figure("figure-opened"), backlog: await figure("figure-backlog") };
}

beforeAll(async () => {
  ensureBuilt();
  server = await startDemoServer(START);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    locale: "en-US",
    timezoneId: "UTC",
  });
  page = await context.newPage();
  // Only `Date` is fixed; timers still run, so Polaris' transitions and the console's refresh work.
  await page.clock.setFixedTime(server.clock.now());
  // A few cases so the inbox looks like a working day.
  for (const [index, order] of server.otherOrders.slice(0, 3).entries()) {
    const customer = await server.customer(order);
    await customer.openCase(
      index === 0
        ? {
            kind: "inquiry",
            subject: "Do you ship to Austria?",
            description: "Do you ship to Austria, and how long does it take?",
          }
        : {
            kind: "complaint",
            category: index === 1 ? "delivery_delay" : "product_quality",
            subject: index === 1 ? "Parcel a week late" : "Zip broke after two days",
            description: index === 1 ? "My parcel is a week late." : "The zip broke after two days.",
          },
    );
  }
});

beforeAll(async () => {
  const customer = await server.customer(server.order);
  const opened = await customer.openCase({
    kind: "return",
    description: "Too small.",
    lines: [{ lineId: server.simulation.lineId, quantity: 1, reason: "size", resolution: "refund" }],
  });
  returnId = opened.id;
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("staff console on the demo server", () => {
  it("signs in with a staff API key (kept in sessionStorage only) and has no serious axe violations", async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel("Staff API key").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Staff API key").fill("ask_not-a-key");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("This key was not accepted").waitFor();
    await page.getByLabel("Staff API key").fill(server.agentKey);
    await page.getByLabel("Your staff id (optional)").fill("anna");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Inbox" }).waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage).sort())).toEqual([
      "aftersales.admin.apiKey",
      "aftersales.admin.staffId",
    ]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  it("runs a complaint end to end: take it, propose two options, the customer chooses, refund on the platform, resolve; the dashboard follows", async () => {
    const before = await openDashboard();

    // 10:10 in Berlin: the customer complains. Complaints are acknowledged and assigned within 24 h
    // on the 24/7 clock (core's default SLA policy), so first response is due Tuesday 10:10.
    await advance(10 * MINUTE);
    const customer = await server.customer(server.order);
    const opened = await customer.openCase({
      kind: "complaint",
      category: "delivery_damage",
      subject: "Mug arrived chipped",
      description: "The box arrived crushed and the mug is chipped.",
    });
    complaintId = opened.id;
    expect(await openDashboard()).toEqual({ opened: before.opened + 1, backlog: before.backlog + 1 });

    // 35 minutes later, in the inbox's Unassigned view.
    await advance(35 * MINUTE);
    await page.goto(`${server.url}/admin/#/`);
    await page.getByRole("tab", { name: "Unassigned" }).click();
    const row = page.getByRole("row").filter({ hasText: "Mug arrived chipped" });
    await row.waitFor();
    expect(await row.getByText("Unassigned").count()).toBe(1);
    expect(await row.getByText("due in 23 h 25 min", { exact: true }).count()).toBe(1);
    // The inquiry opened at 10:00 is answered within 1 business day: by Tuesday's close, 18:00
    // in Berlin, 31 h 15 min away (shown rounded down to whole hours past a day).
    const inquiry = page.getByRole("row").filter({ hasText: "Do you ship to Austria?" });
    expect(await inquiry.getByText("due in 1 d 7 h", { exact: true }).count()).toBe(1);
    await page.mouse.move(0, 0);
    await shoot(page, "inbox");
    await row.getByRole("link", { name: "Mug arrived chipped" }).click();
    await page.getByRole("heading", { name: "Mug arrived chipped" }).waitFor();
    expect(await page.getByText("Opened Nov 23, 2026, 10:10 via Web").count()).toBe(1);

    // A complaint is not a return: no approve/decline-return, whatever core would accept.
    expect(await page.getByRole("button", { name: "Approve return" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Decline return" }).count()).toBe(0);

    await page.getByRole("button", { name: "Take this case" }).click();
    await page.getByText("Assignee: Anna (anna)", { exact: true }).waitFor();

    // The order is in EUR, so amounts are typed in EUR (read from the order, not assumed).
    await page.getByLabel("Amount (EUR) 1").fill("20.00");
    await page.getByLabel("Text for the customer 1").fill("Refund the mug");
    await page.getByRole("button", { name: "Add option" }).click();
    await page.getByLabel("Option 2").selectOption("replacement");
    await page.getByLabel("Text for the customer 2").fill("Send a new mug");
    await page.getByRole("button", { name: "Propose 2 options" }).click();
    await page.getByText("Options proposed", { exact: true }).first().waitFor();

    const offered = await customer.getCase(complaintId);
    expect(offered.status).toBe("proposed");
    expect(offered.options?.map((o) => o.kind)).toEqual(["refund", "replacement"]);
    await advance(5 * MINUTE);
    expect((await customer.choose(complaintId, "opt1")).status).toBe("in_progress");

    await page.reload();
    await page.getByText("The customer chose: Refund €20.00").waitFor();

    // The demo store can refund, give credit, issue coupons and write order notes (GET /v1/staff/me),
    // so money moves through the platform and the record-only twins are not offered.
    for (const name of [
      "Refund on the platform",
      "Give store credit on the platform",
      "Issue a coupon on the platform",
      "Add a note to the order",
    ]) {
      expect(await page.getByRole("button", { name }).count()).toBe(1);
    }
    expect(await page.getByRole("button", { name: "Record refund" }).count()).toBe(0);

    await page.getByRole("button", { name: "Refund on the platform" }).click();
    const dialog = page.getByRole("dialog");
    // The chosen €20.00 is made of the order's first line (the complaint names none); the mug stays.
    expect(await dialog.getByLabel(`${server.orderLine.title}: refund (EUR)`).inputValue()).toBe("20.00");
    expect(await dialog.getByLabel(`${server.orderLine.title}: units coming back`).inputValue()).toBe("0");
    await dialog.getByRole("button", { name: "Refund on the platform" }).click();
    await dialog.getByText("Refund €20.00?").first().waitFor();
    expect(
      await dialog
        .getByText(
          "€20.00 goes back to the customer's original payment through the demo store, and the case records it. This cannot be undone.",
        )
        .count(),
    ).toBe(1);
    expect(await dialog.getByText(`${server.orderLine.title}: €20.00, 0 unit(s) back`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await page.getByText("€20.00 · Original payment").first().waitFor();
    // The platform really refunded: the demo store's activity log has the refund of €20.00.
    expect(server.refunds()).toEqual([{ amount: 2000, currency: "EUR" }]);

    // A second refund of €100.00 on that line: €98.00 is left of its €118.00, so the platform refuses.
    // The dialog says so in the console's words, with the platform's own message and code.
    await page.getByRole("button", { name: "Refund on the platform" }).click();
    await dialog.getByLabel(`${server.orderLine.title}: refund (EUR)`).fill("100.00");
    await dialog.getByRole("button", { name: "Refund on the platform" }).click();
    await dialog.getByText("Refund €100.00?").first().waitFor();
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await dialog.getByText("The platform refused this").waitFor();
    expect(
      await dialog
        .getByText(`Line ${server.orderLine.id} has 9800 (minor units) left to refund, asked 10000`)
        .count(),
    ).toBe(1);
    expect(await dialog.getByText("Platform code: exceeds_refundable").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(server.refunds()).toEqual([{ amount: 2000, currency: "EUR" }]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Resolve" }).click();
    await page.getByRole("dialog").getByLabel("Resolution code").fill("refunded");
    await page.getByRole("dialog").getByRole("button", { name: "Resolve" }).click();
    await page.getByText("Resolved", { exact: true }).first().waitFor();
    const timeline = page.getByRole("list", { name: "Timeline" });
    expect(await timeline.locator('li[data-visibility="customer"]').count()).toBeGreaterThan(0);
    expect(await timeline.getByText("Options proposed").count()).toBe(1);
    await shoot(page, "case");

    expect(await openDashboard()).toEqual({ opened: before.opened + 1, backlog: before.backlog });
    // On the fixed clock: taken 35 min after opening (the only first response), resolved after 40
    // min. The console shows the API's figures, not its own.
    const range = new URLSearchParams({ from: "2026-10-25", to: "2026-11-23", timeZone: "Europe/Berlin" });
    const api = await fetch(`${server.url}/v1/staff/analytics?${range}`, {
      headers: { authorization: `Bearer ${server.agentKey}` },
    }).then((r) => r.json() as Promise<DashboardView>);
    expect([
      api.responseTimes.firstResponse.medianMinutes,
      api.responseTimes.resolution.medianMinutes,
    ]).toEqual([35, 40]);
    expect(await page.getByTestId("figure-first-response").textContent()).toBe("35 minutes");
    expect(await page.getByTestId("figure-resolution").textContent()).toBe("40 minutes");
    await shoot(page, "dashboard");
  });

  it("previews due times with the calendar and SLA policy as edited, unsaved, and shows a bad draft at its field", async () => {
    await page.goto(`${server.url}/admin/#/sla`);
    await page.getByRole("heading", { name: "Preview" }).waitFor();
    // Friday 27 November, 16:30 in Berlin; a complaint (the form's default kind).
    await page.getByLabel("A case created at (Europe/Berlin)").fill("2026-11-27T16:30");
    await page.getByRole("button", { name: "Show due times" }).click();
    const table = page.getByTestId("sla-preview");
    await table.waitFor();
    const rows = async () =>
      (await table.locator("tbody tr").allInnerTexts()).map((r) => r.replace(/\s+/g, " ").trim());
    // 24 h on the 24/7 clock; 1 and 5 business days on Mon–Fri 09:00–18:00 (a business day ends at
    // closing time: core counts whole days after the opening one); follow-up 3 days on the 24/7 clock.
    expect(await rows()).toEqual([
      "First response Nov 28, 2026, 16:30 complaint 24/7",
      "Next response counted from a customer message at that time Nov 30, 2026, 18:00 default default",
      "Resolution Dec 4, 2026, 18:00 complaint default",
      "Return processing counted from receiving the goods at that time No target applies — —",
      "Follow-up visit counted from resolving the case at that time Nov 30, 2026, 16:30 default 24/7",
    ]);

    // A holiday on Monday 30 November, not saved: business days skip it.
    await page.getByRole("button", { name: "Add holiday" }).click();
    await page.getByLabel("Date 1", { exact: true }).fill("2026-11-30");
    await page.getByRole("button", { name: "Show due times" }).click();
    await table.getByText("Dec 1, 2026, 18:00").waitFor();
    expect(await rows()).toEqual([
      "First response Nov 28, 2026, 16:30 complaint 24/7",
      "Next response counted from a customer message at that time Dec 1, 2026, 18:00 default default",
      "Resolution Dec 7, 2026, 18:00 complaint default",
      "Return processing counted from receiving the goods at that time No target applies — —",
      "Follow-up visit counted from resolving the case at that time Nov 30, 2026, 16:30 default 24/7",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "sla");

    // An unsaved calendar the server rejects: the error stands under Monday (and in the preview's list).
    await page.getByLabel("Monday opens 1").fill("18:00");
    await page.getByRole("button", { name: "Show due times" }).click();
    await page.getByText("Fix the marked fields to see due times").waitFor();
    const mondayError = "an interval cannot end when it starts (18:00); use 00:00–24:00 for the whole day";
    expect(await page.getByText(mondayError, { exact: true }).count()).toBe(1);
    expect(await page.getByText(`: ${mondayError}`).count()).toBe(1);
    expect(await table.count()).toBe(0);
    await page.getByLabel("Monday opens 1").fill("09:00");

    // A draft policy the server rejects: the error stands at the policy field, no due times shown.
    await page.getByLabel("SLA policy (JSON)").fill(
      JSON.stringify({
        id: "default",
        version: 1,
        rules: [
          {
            id: "x",
            targets: { first_response: { duration: { amount: -1, unit: "hours" }, clock: "24/7" } },
          },
        ],
      }),
    );
    await page.getByRole("button", { name: "Show due times" }).click();
    await page.getByText("Fix the marked fields to see due times").waitFor();
    expect(await table.count()).toBe(0);
    expect(
      await page.getByText(/rules\.0\.targets\.first_response\.duration\.amount: /).count(),
    ).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("simulates the return policy for an order line and a reason, with the reasons in words", async () => {
    await page.goto(`${server.url}/admin/#/policies`);
    await page.getByRole("heading", { name: "Simulator" }).waitFor();
    await page.getByLabel("Order id (platform)").fill(server.simulation.orderId);
    await page.getByLabel("Line id").fill(server.simulation.lineId);
    await page.getByLabel("Reason", { exact: true }).selectOption("changed_mind");
    await page.getByRole("button", { name: "Simulate" }).click();
    await page.getByRole("heading", { name: "Decision" }).waitFor();
    // The demo order's line L1 was paid 59.00 EUR; the default policy charges no fee for it.
    expect(await page.getByText("Refundable: €59.00 · Fees: €0.00 + €0.00").count()).toBe(1);
    expect(await page.getByText("Can be approved").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a return's recorded eligibility decision with the amounts and reasons in words", async () => {
    await page.goto(`${server.url}/admin/#/cases/${encodeURIComponent(returnId)}`);
    await page.getByRole("heading", { name: "Eligibility decision" }).waitFor();
    // Line L1 of order #1001 was paid 59.00 EUR; a size return under the default policy costs no fee.
    expect(await page.getByText("Refundable: €59.00", { exact: true }).count()).toBe(1);
    expect(await page.getByText("Fees: €0.00", { exact: true }).count()).toBe(1);
    expect(await page.getByText(/Return window ends/).count()).toBe(1);
    // The order panel now reads the order from the server, so the line shows its title, not its id.
    expect(await page.getByText("1 × Washed Linen Shirt — Size or fit, wants refund").count()).toBe(1);
  });

  it("assigns from the staff list in the inbox's bulk assign and on a case, with 'Take this case' kept", async () => {
    await page.goto(`${server.url}/admin/#/`);
    const inquiry = page.getByRole("row").filter({ hasText: "Do you ship to Austria?" });
    await inquiry.waitFor();
    await inquiry.getByRole("checkbox").check({ force: true });
    await page.getByRole("button", { name: "Assign…" }).click();
    const dialog = page.getByRole("dialog");
    const picker = dialog.getByLabel("Assign to");
    // Every member of the store (GET /v1/staff/members, by name) with their role; no typed staff id.
    await picker.locator("option", { hasText: "Mia (mia) · Manager" }).waitFor({ state: "attached" });
    expect(await picker.locator("option:not([disabled])").allInnerTexts()).toEqual([
      "Ada (ada) · Admin",
      "Anna (anna) · Agent",
      "Mia (mia) · Manager",
    ]);
    expect(await dialog.getByRole("textbox").count()).toBe(0);
    await tableSettled();
    expect(await seriousViolations(page)).toEqual([]);
    await picker.selectOption({ label: "Mia (mia) · Manager" });
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await page.getByText("Assigned 1 of 1 cases", { exact: true }).waitFor();
    await inquiry.getByText("Mia (mia)", { exact: true }).waitFor();

    const parcel = page.getByRole("row").filter({ hasText: "Parcel a week late" });
    await parcel.getByRole("link", { name: "Parcel a week late" }).click();
    await page.getByRole("heading", { name: "Parcel a week late" }).waitFor();
    expect(await page.getByText("Assignee: Unassigned", { exact: true }).count()).toBe(1);
    await page.getByLabel("Assign to").selectOption({ label: "Ada (ada) · Admin" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Assignee: Ada (ada)", { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Take this case" }).click();
    await page.getByText("Assignee: Anna (anna)", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Take this case" }).count()).toBe(0);

    // The inbox filters by a colleague from the same list: Mia has the inquiry only.
    await page.goto(`${server.url}/admin/#/`);
    await inquiry.waitFor();
    await page.getByRole("button", { name: "Add filter" }).click();
    await page.locator(".Polaris-Popover").getByText("Assignee", { exact: true }).click();
    await page.getByLabel("Mia (mia) · Manager").check({ force: true });
    await page.getByRole("button", { name: "Assignee: Mia (mia)" }).waitFor();
    await page.getByRole("row").filter({ hasText: "Parcel a week late" }).waitFor({ state: "detached" });
    expect(await page.locator(".Polaris-IndexTable tbody").getByRole("link").allInnerTexts()).toEqual([
      "Do you ship to Austria?",
    ]);
    await tableSettled();
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("Team & alerts: managers read members and the alert mailbox, an admin changes them, a refusal and bad addresses are said where they belong", async () => {
    // An agent has no Team & alerts in the navigation, and the page says who it is for.
    await page.goto(`${server.url}/admin/#/`);
    await page.getByRole("heading", { name: "Inbox" }).waitFor();
    expect(await page.getByRole("link", { name: "Team & alerts" }).count()).toBe(0);
    await page.goto(`${server.url}/admin/#/team`);
    await page.getByText("Team & alerts is for managers and admins.", { exact: true }).waitFor();

    // A manager reads the team and the mailbox; saving is refused by the server (admin only), in words.
    await signInAs(server.managerKey);
    await page.getByRole("link", { name: "Team & alerts" }).click();
    await page.getByRole("heading", { name: "Team & alerts" }).waitFor();
    const memberRows = async () =>
      (await page.locator(".Polaris-IndexTable tbody tr").allInnerTexts()).map((r) =>
        r.replace(/\s+/g, " ").trim(),
      );
    await page.getByRole("button", { name: "Edit Mia (mia)" }).waitFor();
    expect(await memberRows()).toEqual([
      "Ada ada Admin ada@example.com Edit",
      "Anna anna Agent No address Edit",
      "Mia mia Manager No address Edit",
    ]);
    expect(
      await page
        .getByText("You can read these settings; only an admin can change them.", { exact: true })
        .count(),
    ).toBe(1);
    const current = page.getByTestId("team-mailbox-current");
    expect(await current.textContent()).toBe(
      "No managers' mailbox: at-risk alerts of unassigned cases and overdue alerts to managers are not sent.",
    );
    await page.getByRole("button", { name: "Edit Anna (anna)" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email for SLA alerts").fill("anna@example.com");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Not saved: only an admin can change this", { exact: true }).waitFor();
    expect(
      await dialog
        .getByText("You are signed in as Manager. The server answered: This needs the admin role", {
          exact: true,
        })
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByLabel("Managers' mailbox").fill("lead@example.com");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await page.getByText("Not saved: only an admin can change this", { exact: true }).waitFor();
    expect(await current.textContent()).toMatch(/^No managers' mailbox/);

    // An admin: a bad address stands at its field, a good one is saved and listed.
    await signInAs(server.adminKey);
    await page.goto(`${server.url}/admin/#/team`);
    await page.getByRole("button", { name: "Edit Anna (anna)" }).click();
    await dialog.getByLabel("Email for SLA alerts").fill("not-an-email");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Invalid email address", { exact: true }).waitFor();
    expect(await dialog.getByLabel("Email for SLA alerts").getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel("Email for SLA alerts").fill("anna@example.com");
    await dialog.getByLabel("Display name").fill("Anna Schmidt");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved Anna Schmidt (anna)", { exact: true }).waitFor();
    expect(await memberRows()).toEqual([
      "Ada ada Admin ada@example.com Edit",
      "Anna Schmidt anna Agent anna@example.com Edit",
      "Mia mia Manager No address Edit",
    ]);

    const mailbox = page.getByLabel("Managers' mailbox");
    await mailbox.fill("lead@example.com\nnot-an-email");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await page.getByText("not-an-email: Invalid email address", { exact: true }).waitFor();
    expect(await mailbox.getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await mailbox.fill("lead@example.com, ops@example.com");
    await page.getByRole("button", { name: "Save mailbox" }).click();
    await page.getByText("Managers' mailbox saved", { exact: true }).waitFor();
    expect(await current.textContent()).toBe("Alerts go to: lead@example.com, ops@example.com");
    expect(await mailbox.inputValue()).toBe("lead@example.com\nops@example.com");

    // The server has them: the member's address and name, the store's mailbox.
    const asAdmin = { headers: { authorization: `Bearer ${server.adminKey}` } };
    const members = (await fetch(`${server.url}/v1/staff/members`, asAdmin).then((r) => r.json())) as {
      items: StaffMember[];
    };
    expect(members.items.find((m) => m.staffId === "anna")).toEqual({
      staffId: "anna",
      name: "Anna Schmidt",
      role: "agent",
      email: "anna@example.com",
    });
    const settings = (await fetch(`${server.url}/v1/staff/store-settings`, asAdmin).then((r) =>
      r.json(),
    )) as StoreSettings;
    expect(settings.staffEmail).toEqual(["lead@example.com", "ops@example.com"]);
    await page.mouse.move(0, 0);
    await page.getByText("Managers' mailbox saved", { exact: true }).waitFor({ state: "detached" });
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "team");

    // The same page in Simplified Chinese, with the glossary's role names.
    await page.evaluate(() => sessionStorage.setItem("aftersales.admin.locale", "zh-Hans"));
    await page.reload();
    await page.getByRole("heading", { name: "团队与提醒" }).waitFor();
    await page.getByRole("button", { name: "编辑 Mia (mia)" }).waitFor();
    expect(await memberRows()).toEqual([
      "Ada ada 管理员 ada@example.com 编辑",
      "Anna Schmidt anna 客服 anna@example.com 编辑",
      "Mia mia 主管 无邮箱 编辑",
    ]);
    expect(await current.textContent()).toBe("提醒发送到：lead@example.com, ops@example.com");
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => sessionStorage.removeItem("aftersales.admin.locale"));
    await signInAs(server.agentKey);
  });

  it("has no serious or critical axe violations on any page, in English and Simplified Chinese", async () => {
    const pages = [
      "#/",
      `#/cases/${encodeURIComponent(complaintId)}`,
      `#/cases/${encodeURIComponent(returnId)}`,
      "#/policies",
      "#/sla",
      "#/dashboard",
      "#/team",
    ];
    const found: Record<string, unknown[]> = {};
    for (const locale of ["en", "zh-Hans"]) {
      // The standalone console reads its language from sessionStorage when the page loads.
      await page.evaluate((l) => sessionStorage.setItem("aftersales.admin.locale", l), locale);
      await page.reload();
      for (const hash of pages) {
        await page.goto(`${server.url}/admin/${hash}`);
        await page.locator(".Polaris-Page").first().waitFor();
        await page.waitForLoadState("networkidle");
        expect(await page.locator(`[lang="${locale}"]`).count()).toBeGreaterThan(0);
        // The pointer stays where the last test left it; a hovered row is not how the page looks at rest.
        await page.mouse.move(0, 0);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[`${locale} ${hash}`] = violations;
      }
    }
    expect(found).toEqual({});
    await page.evaluate(() => sessionStorage.removeItem("aftersales.admin.locale"));
    await page.reload();
  });

  it("speaks Simplified Chinese with the glossary's words", async () => {
    await page.goto(`${server.url}/admin/#/`);
    await page.getByRole("heading", { name: "Inbox" }).waitFor();
    await page.locator(".Polaris-TopBar-Menu__Activator").click();
    await page.getByText("简体中文").click();
    await page.getByRole("heading", { name: "工单列表" }).waitFor();
    expect(await page.getByRole("tab", { name: "我的工单" }).count()).toBe(1);
    // The language menu fades out; axe must judge contrast after it has gone, not on half-transparent text.
    // and with the pointer off the inbox rows: a hovered row's shading is not what the page shows at rest.
    await page.locator(".Polaris-Popover").waitFor({ state: "detached" });
    await page.mouse.move(0, 0);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "inbox-zh-hans");
  });
});
