import axe from "axe-core";
import { expect } from "vitest";
import { userEvent } from "vitest/browser";
import "../define.js";
import { deepText, describeFocus } from "./deep.js";
import type { KeyboardDriver } from "./keyboard.js";
import type { MockApi } from "./mock-api.js";

export { deepText };

type Root = Element | ShadowRoot | Document;

/** Children to walk: an element's shadow tree when it has one (our elements use no slots). */
function childrenOf(node: Node): Node[] {
  const shadow = (node as Element).shadowRoot;
  return [...(shadow ?? node).childNodes];
}

/** The first element matching `selector` anywhere below `root`, crossing shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Root, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

/** Every element matching `selector` below `root`, crossing shadow roots, in tree order. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Root, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (child instanceof Element) {
        if (child.matches(selector)) found.push(child as T);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the shopper can read `text` in `root`. */
export async function seeText(root: Root, text: string): Promise<void> {
  await expect.poll(() => deepText(root), { timeout: 3000 }).toContain(text);
}

/** Mounts a widget tag in a fresh page body, wired to the mock API. */
export function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  api: MockApi,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
): HTMLElementTagNameMap[K] {
  document.documentElement.lang = "en";
  document.title = "Widget test page";
  document.body.innerHTML = "<main></main>";
  const element = document.createElement(tag);
  element.setAttribute("store", "demo");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, { fetch: api.fetch }, properties);
  document.querySelector("main")!.append(element);
  return element;
}

/** Clears what a previous test left in the tab. */
export function resetTab(): void {
  sessionStorage.clear();
  document.body.innerHTML = "";
}

/** Runs axe-core over the element (shadow roots included) and expects no violation at all. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ["violations"] });
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
  );
  expect(found).toEqual([]);
}

/** Clicks the first button whose text includes `label`. */
export function clickButton(root: Root, label: string): void {
  const button = deepQueryAll<HTMLButtonElement>(root, "button").find((b) => b.textContent?.includes(label));
  if (!button) throw new Error(`no button "${label}" in: ${deepText(root)}`);
  button.click();
}

/** Types into an input or textarea the way a shopper's keystrokes would end (fires `input`). */
export function fill(root: Root, selector: string, value: string): void {
  const input = deepQuery<HTMLInputElement | HTMLTextAreaElement>(root, selector);
  if (!input) throw new Error(`no field ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
}

/** Chooses a value in a select, or checks a checkbox / radio (fires `change`). */
export function choose(root: Root, selector: string, value?: string): void {
  const input = deepQuery<HTMLInputElement | HTMLSelectElement>(root, selector);
  if (!input) throw new Error(`no field ${selector}`);
  if (input instanceof HTMLSelectElement) input.value = value!;
  else input.checked = true;
  input.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
}

/** Submits a form at once, as pressing Enter would, even while its button is disabled. */
export function submitNow(root: Root, selector = "form"): void {
  const form = deepQuery<HTMLFormElement>(root, selector);
  if (!form) throw new Error(`no form in: ${deepText(root)}`);
  form.requestSubmit();
}

/** Submits a form the way a shopper does: once its submit button is enabled again. */
export async function submit(root: Root, selector = "form"): Promise<void> {
  await expect
    .poll(() => deepQuery<HTMLButtonElement>(root, `${selector} button[type=submit]`)?.disabled, {
      timeout: 3000,
    })
    .toBe(false);
  submitNow(root, selector);
}

/** A keyboard-only shopper on this page, reading `root` (see `keyboard.ts`). */
export function browserDriver(root: Element): KeyboardDriver {
  const keys = { Enter: "{Enter}", ArrowDown: "{ArrowDown}", Space: " " } as const;
  return {
    press: (key) => (key === "Tab" ? userEvent.tab() : userEvent.keyboard(keys[key])),
    type: (text) => userEvent.keyboard(text),
    focused: async () => describeFocus(),
    text: async () => deepText(root),
  };
}
