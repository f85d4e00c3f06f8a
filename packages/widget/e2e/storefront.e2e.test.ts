import { readFileSync } from "node:fs";
import { demoOrderCredentials } from "@aftersales/core";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, expect, test } from "vitest";
import { chromiumArgs, chromiumPath } from "../scripts/browser-config.js";
import { widgetRoot } from "../scripts/bundle.js";
import { deepText } from "../src/testing/deep.js";
import { type Demo, startDemo } from "./demo-server.js";

let demo: Demo;
let browser: Browser;
const { number, email } = demoOrderCredentials[0]!;

beforeAll(async () => {
  [demo, browser] = await Promise.all([
    startDemo("2026-11-10T09:00:00Z"),
    chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

/** A shopper's tab on the example storefront, recording every API call and every problem. */
async function shopper() {
  const page = await browser.newPage({ locale: "en-GB", timezoneId: "Europe/Berlin" });
  const calls: { method: string; url: string; authorization?: string; status?: number }[] = [];
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (m) => m.type() === "warning" && problems.push(m.text()));
  page.on("request", (r) => {
    if (!r.url().includes("/v1/")) return;
    const authorization = r.headers().authorization;
    calls.push({ method: r.method(), url: r.url(), ...(authorization ? { authorization } : {}) });
  });
  page.on("response", (r) => {
    const call = calls.find((c) => c.url === r.url() && c.status === undefined);
    if (call) call.status = r.status();
  });
  const text = async () => page.evaluate(deepText, (await page.$("aftersales-portal"))!);
  return { page, calls, problems, text };
}

/** Opens a question on order #1001 through the customer API, as the widget would. */
async function openQuestion(key: string): Promise<string> {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${demo.url}/v1${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  const session = (await (await post("/stores/demo/sessions", { orderNumber: number, email })).json()) as {
    token: string;
  };
  const created = await post(
    "/cases",
    { kind: "inquiry", description: "Do you ship to Austria as well?", locale: "en" },
    { authorization: `Bearer ${session.token}`, "idempotency-key": key },
  );
  expect(created.status).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** The case link in the email the shopper got for `caseId`. */
async function emailedLink(caseId: string): Promise<string> {
  // The demo's seeded cases send theirs in the same round.
  const mails = (await demo.deliverMail()).filter((m) => m.text.includes(`?case=${caseId}&`));
  expect(mails.map((m) => [m.to, m.subject])).toEqual([[email, "We received your request (order #1001)"]]);
  const links = mails[0]!.text.match(/https?:\/\/\S+\?case=\S+/g);
  expect(links?.map((l) => l.replace(/&t=[\w.-]+$/, "&t=…"))).toEqual([`${demo.url}/?case=${caseId}&t=…`]);
  return links![0]!;
}

async function findOrder(page: Page): Promise<void> {
  await page.locator("aftersales-portal #order-number").fill(number);
  await page.locator("aftersales-portal #email").fill(email);
  await page.locator("aftersales-portal #email").press("Enter");
  await page.locator("aftersales-portal #order-title").waitFor();
}

test("the link in the shopper's email opens the case on the storefront, then leaves the address without its token", async () => {
  const caseId = await openQuestion("e2e-email-link");
  const link = await emailedLink(caseId);
  const token = new URL(link).searchParams.get("t")!;
  const { page, calls, problems, text } = await shopper();
  await page.goto(link);
  await expect.poll(text).toContain("Question for order #1001 Submitted");
  expect(await text()).not.toContain("Find your order");
  expect(page.url()).toBe(`${demo.url}/`);
  // No order lookup; the case is read with the link's token, which no request URL carries.
  // (The case view asks for the store's config too when the portal's has not arrived yet.)
  expect([...new Set(calls.map((c) => `${c.method} ${new URL(c.url).pathname} ${c.status}`))].sort()).toEqual(
    [`GET /v1/cases/${caseId} 200`, "GET /v1/stores/demo/config 200"],
  );
  expect(calls.find((c) => c.url.includes("/v1/cases/"))?.authorization).toBe(`Bearer ${token}`);
  expect(calls.filter((c) => c.url.includes(token))).toEqual([]);
  // The shopper replies from there.
  await page.locator("aftersales-portal #message").fill("Also to Switzerland?");
  await page.locator("aftersales-portal #message").press("Tab");
  await page.keyboard.press("Enter");
  await expect.poll(text).toContain("Also to Switzerland?");
  // The next page learns nothing of the token.
  await page.locator("header a").first().click();
  await page.waitForLoadState();
  expect(await page.evaluate(() => document.referrer)).toBe(`${demo.url}/`);
  await expect.poll(text).toContain("Question for order #1001");
  expect(problems).toEqual([]);
  await page.close();
});

test("an expired link says so, in the shopper's language, and the order is found the usual way", async () => {
  const caseId = await openQuestion("e2e-expired-link");
  const link = await emailedLink(caseId);
  const [payload] = new URL(link).searchParams.get("t")!.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
  expect(claims).toMatchObject({ scope: "case", caseId });
  const expired = demo.tokens.sign({ ...claims, exp: Math.floor(demo.now / 1000) - 60 });
  const { page, calls, text } = await shopper();
  await page.goto(`${demo.url}/?case=${encodeURIComponent(caseId)}&t=${encodeURIComponent(expired)}`);
  await expect
    .poll(text)
    .toContain("We couldn't find this request. The link may have expired or be mistyped. Order number");
  expect(await text()).toContain("Find your order");
  expect(page.url()).toBe(`${demo.url}/`);
  expect(calls.find((c) => c.url.includes("/v1/cases/"))?.status).toBe(401);
  await page.getByRole("button", { name: "简体中文" }).click();
  await expect.poll(text).toContain("查找您的订单");
  expect(await text()).toContain("找不到此售后单，链接可能已过期或有误。");
  await findOrder(page);
  await expect.poll(text).toContain("您的售后单");
  await page.close();
});

test("the Shopify theme block's flows setting reaches the portal, and each of its choices is understood", async () => {
  const extension = `${widgetRoot}/../shopify-app/extensions/aftersales-portal`;
  expect(readFileSync(`${extension}/snippets/aftersales-widget.liquid`, "utf8")).toContain(
    'flows="{{ settings.flows }}"',
  );
  for (const block of ["portal.liquid", "portal-embed.liquid"]) {
    const schema = JSON.parse(
      /{% schema %}([\s\S]*){% endschema %}/.exec(readFileSync(`${extension}/blocks/${block}`, "utf8"))![1]!,
    );
    const setting = schema.settings.find((s: { id?: string }) => s.id === "flows");
    expect(
      setting.options.map((o: { value: string }) => o.value),
      block,
    ).toEqual(["all", "returns", "complaints"]);
  }
  const { page, problems } = await shopper();
  await page.goto(demo.url);
  await findOrder(page);
  const offered = async (flows: string) => {
    await page
      .locator("aftersales-portal")
      .evaluate((portal, value) => portal.setAttribute("flows", value), flows);
    return page.locator("aftersales-portal #order-title ~ .actions button").allTextContents();
  };
  const trim = (texts: string[]) => texts.map((t) => t.trim());
  expect(trim(await offered("all"))).toEqual([
    "Return or exchange items",
    "Report a problem",
    "Ask a question",
    "Use another order",
  ]);
  await expect
    .poll(async () => trim(await offered("returns")))
    .toEqual(["Return or exchange items", "Use another order"]);
  await expect
    .poll(async () => trim(await offered("complaints")))
    .toEqual(["Report a problem", "Ask a question", "Use another order"]);
  expect(problems).toEqual([]);
  await page.close();
});
