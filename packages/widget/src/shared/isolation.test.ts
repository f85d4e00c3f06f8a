import { afterEach, describe, expect, test } from "vitest";
import { cdp, commands, page, userEvent } from "vitest/browser";
import {
  browserDriver,
  deepActiveElement,
  deepQuery,
  expectAccessible,
  fill,
  mount,
  resetTab,
  seeText,
  submit,
} from "../testing/dom.js";
import { tabTo } from "../testing/keyboard.js";
import { MockApi } from "../testing/mock-api.js";

const hostileCss = `
  * { all: unset !important; }
  html { font-size: 62.5% !important; }
  input, select, textarea, button { display: none !important; }
  form { display: none !important; }
  aftersales-portal { display: inline !important; color: red !important; font: 40px/3 serif !important; letter-spacing: 3px !important; }
  h2, p, li { color: magenta !important; }
`;

/** A theme that fights everything: global resets, hidden inputs, and handlers on every form. */
function makeHostile(): () => void {
  const style = document.createElement("style");
  style.textContent = hostileCss;
  document.head.append(style);
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const swallowEnter = (e: KeyboardEvent) => {
    if (e.key === "Enter" && (e.target as Element).tagName === "INPUT") e.preventDefault();
  };
  document.addEventListener("submit", stop, true);
  window.addEventListener("submit", stop, true);
  document.addEventListener("keydown", swallowEnter, true);
  const submitBefore = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = () => {
    throw new Error("the theme broke form.submit()");
  };
  return () => {
    style.remove();
    document.removeEventListener("submit", stop, true);
    window.removeEventListener("submit", stop, true);
    document.removeEventListener("keydown", swallowEnter, true);
    HTMLFormElement.prototype.submit = submitBefore;
  };
}

let cleanup = () => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
  resetTab();
});

async function screenshot(element: Element): Promise<string> {
  await new Promise(requestAnimationFrame);
  return page.screenshot({ element, base64: true, save: false });
}

describe("a hostile host page", () => {
  test("does not change a single pixel of the widget", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    // The page decides where the widget sits, so the frame is pinned at whole pixels and opaque:
    // a sub-pixel shift or the reset page's text showing through the widget's last, partly
    // covered row would differ without the widget rendering any differently.
    const frame = document.createElement("div");
    frame.setAttribute(
      "style",
      "display: block !important; position: fixed !important; top: 400px !important; left: 40px !important; " +
        "width: 560px !important; height: 380px !important; overflow: hidden !important; background: #fff !important",
    );
    portal.replaceWith(frame);
    frame.append(portal);
    await seeText(portal, "Find your order");
    fill(portal, "#order-number", "#1001");
    await submit(portal);
    await seeText(portal, "Enter the email address in the format name@example.com.");
    // A blinking caret would differ between two screenshots of the same rendering.
    (deepActiveElement() as HTMLElement | null)?.blur();
    const before = await screenshot(frame);
    cleanup = makeHostile();
    const after = await screenshot(frame);
    // 0.05 absorbs the ±1 colour noise Chromium's rasteriser leaves on anti-aliased corners
    // between two paints; any real change of colour, font or layout is far above it.
    const diff = await commands.diffPngs(before, after, 0.05);
    expect(diff.width).toBe(560);
    expect(diff.where).toEqual([]);
    expect(diff.differing).toBe(0);
  });

  test("does not stop the shopper finding an order with the keyboard", async () => {
    cleanup = makeHostile();
    const api = new MockApi();
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(portal, "Find your order");
    await tabTo(browserDriver(portal), (el) => el.id === "order-number", "the order number");
    await userEvent.keyboard("#1001");
    await userEvent.tab();
    await userEvent.keyboard("anna@example.de{Enter}");
    await seeText(portal, "Order #1001");
    expect(api.calls("POST /v1/stores/demo/sessions")).toHaveLength(1);
  });
});

describe("theming and preferences", () => {
  test("takes the theme's custom properties and ::part rules, nothing else", async () => {
    const style = document.createElement("style");
    style.textContent = `
      aftersales-portal { --aftersales-color-primary: rgb(0, 100, 0); --aftersales-radius: 0px; }
      aftersales-portal::part(primary-button) { text-transform: uppercase; }
    `;
    const api = new MockApi();
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    document.head.append(style);
    cleanup = () => style.remove();
    await seeText(portal, "Find your order");
    const button = deepQuery(portal, "button[type=submit]")!;
    const computed = getComputedStyle(button);
    expect([computed.backgroundColor, computed.borderRadius, computed.textTransform]).toEqual([
      "rgb(0, 100, 0)",
      "0px",
      "uppercase",
    ]);
  });

  test("is readable in a dark colour scheme", async () => {
    const api = new MockApi();
    const portal = mount("aftersales-portal", api, {
      locale: "en-GB",
      style: "--aftersales-color-scheme: dark",
    });
    await seeText(portal, "Find your order");
    await submit(portal);
    await seeText(portal, "Enter your order number.");
    const base = deepQuery(portal, "aftersales-portal-view")!.shadowRoot!.querySelector("[part=base]")!;
    expect(getComputedStyle(base).backgroundColor).toBe("rgb(22, 24, 29)");
    await expectAccessible(portal);
    fill(portal, "#order-number", "#1001");
    fill(portal, "#email", "anna@example.de");
    await submit(portal);
    await seeText(portal, "Order #1001");
    await expectAccessible(portal);
  });

  test("follows the shopper's dark scheme and reduced-motion settings", async () => {
    const session = cdp();
    await session.send("Emulation.setEmulatedMedia", {
      features: [
        { name: "prefers-color-scheme", value: "dark" },
        { name: "prefers-reduced-motion", value: "reduce" },
      ],
    });
    cleanup = () => void session.send("Emulation.setEmulatedMedia", { features: [] });
    const api = new MockApi();
    const release = api.hold("POST /v1/stores/demo/sessions");
    const portal = mount("aftersales-portal", api, { locale: "en-GB" });
    await seeText(portal, "Find your order");
    fill(portal, "#order-number", "#1001");
    fill(portal, "#email", "anna@example.de");
    await submit(portal);
    await seeText(portal, "Checking your order…");
    const busy = deepQuery(portal, ".busy")!;
    expect(getComputedStyle(busy, "::before").animationName).toBe("none");
    const base = deepQuery(portal, "aftersales-portal-view")!.shadowRoot!.querySelector("[part=base]")!;
    expect(getComputedStyle(base).backgroundColor).toBe("rgb(22, 24, 29)");
    await expectAccessible(portal);
    release();
    await seeText(portal, "Order #1001");
  });
});
