import { expect } from "vitest";

/** The element that has focus (looking inside shadow roots), as a scenario sees it. */
export interface Focused {
  tag: string;
  id: string;
  type: string;
  text: string;
  /** The text of a select's chosen option. */
  option: string;
  /** How many options a select has. */
  options: number;
}

/**
 * A keyboard and a pair of eyes: what a keyboard-only shopper can do and read. The unit tests
 * drive the page they run in (`userEvent`); the end-to-end test drives a real page through
 * Playwright against the real server.
 */
export interface KeyboardDriver {
  /** Presses one key (`Tab`, `Enter`, `ArrowDown`, `Space`). */
  press(key: "Tab" | "Enter" | "ArrowDown" | "Space"): Promise<void>;
  /** Types text into the focused field. */
  type(text: string): Promise<void>;
  focused(): Promise<Focused | null>;
  /** The text the shopper reads in the portal, whitespace collapsed. */
  text(): Promise<string>;
}

/** Waits until the shopper can read `text`. */
export async function seeWith(driver: KeyboardDriver, text: string, timeout = 3000): Promise<void> {
  await expect.poll(() => driver.text(), { timeout }).toContain(text);
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
export async function tabTo(
  driver: KeyboardDriver,
  matches: (el: Focused) => boolean,
  what: string,
  max = 40,
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await driver.press("Tab");
    const focused = await driver.focused();
    if (focused && matches(focused)) return focused;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await driver.focused())}`);
}

const button = (label: string) => (el: Focused) => el.tag === "BUTTON" && el.text.includes(label);

/**
 * A shopper who uses only the keyboard opens a return for the first returnable line, picks the
 * reason `reason` with the arrow keys (one that needs no photo), keeps the first resolution,
 * submits and reads the new case's status. Runs against the mock API in the unit tests and
 * against the real server, with the built bundle on the example page, in `e2e/`.
 */
export async function openReturnWithKeyboard(
  driver: KeyboardDriver,
  proof: { orderNumber: string; email: string },
  reason = "Changed my mind",
): Promise<void> {
  await seeWith(driver, "Find your order");
  await tabTo(driver, (el) => el.id === "order-number", "the order number field");
  await driver.type(proof.orderNumber);
  await driver.press("Tab");
  expect((await driver.focused())?.id).toBe("email");
  await driver.type(proof.email);
  await driver.press("Enter");

  await seeWith(driver, `Order ${proof.orderNumber}`);
  await expect.poll(async () => (await driver.focused())?.id).toBe("order-title");
  await tabTo(driver, button("Return or exchange items"), "the return button");
  await driver.press("Enter");

  await seeWith(driver, "Choose items");
  await expect.poll(async () => (await driver.focused())?.text).toBe("Choose items");
  await tabTo(driver, (el) => el.type === "checkbox", "the first line's checkbox");
  await driver.press("Space");
  let select = await tabTo(driver, (el) => el.id.startsWith("reason-"), "the reason");
  for (let i = 0; i < select.options && select.option !== reason; i++) {
    await driver.press("ArrowDown");
    select = (await driver.focused())!;
  }
  expect(select.option).toBe(reason);
  await tabTo(driver, button("Continue"), "Continue");
  await driver.press("Enter");

  await seeWith(driver, "Estimated total refund");
  await tabTo(driver, button("Continue"), "Continue");
  await driver.press("Enter");
  if ((await driver.text()).includes("Add photos")) throw new Error("the reason needs photos; pick another");

  await seeWith(driver, "Review and submit");
  await tabTo(driver, button("Submit return"), "Submit return");
  await driver.press("Enter");

  await seeWith(driver, `for order ${proof.orderNumber}`);
  await expect
    .poll(async () => (await driver.focused())?.text ?? "")
    .toContain(`for order ${proof.orderNumber}`);
}
