import { expect } from "vitest";
import { userEvent } from "vitest/browser";
import { deepActiveElement, deepText, seeText } from "./dom.js";

/** Presses Tab until the focused element (inside shadow roots) matches, failing after `max` presses. */
export async function tabTo(matches: (el: Element) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
}

const button = (label: string) => (el: Element) =>
  el.tagName === "BUTTON" && !!el.textContent?.includes(label);

/**
 * A shopper who uses only the keyboard opens a return for the first returnable line, picks the
 * reason `reason` with the arrow keys (one that needs no photo), keeps the first resolution,
 * submits and reads the new case's status. Runs against the mock API in the unit tests and
 * against a real server in `e2e/`.
 */
export async function openReturnWithKeyboard(
  portal: HTMLElement,
  proof: { orderNumber: string; email: string },
  reason = "Changed my mind",
): Promise<void> {
  await seeText(portal, "Find your order");
  await tabTo((el) => el.id === "order-number", "the order number field");
  await userEvent.keyboard(proof.orderNumber);
  await userEvent.tab();
  expect(deepActiveElement()?.id).toBe("email");
  await userEvent.keyboard(proof.email);
  await userEvent.keyboard("{Enter}");

  await seeText(portal, `Order ${proof.orderNumber}`);
  await expect.poll(() => deepActiveElement()?.id).toBe("order-title");
  await tabTo(button("Return or exchange items"), "the return button");
  await userEvent.keyboard("{Enter}");

  await seeText(portal, "Choose items");
  await expect.poll(() => deepActiveElement()?.textContent).toBe("Choose items");
  await tabTo((el) => el.matches("input[type=checkbox]"), "the first line's checkbox");
  await userEvent.keyboard(" ");
  const select = (await tabTo((el) => el.id.startsWith("reason-"), "the reason")) as HTMLSelectElement;
  for (let i = 0; i < select.options.length && select.selectedOptions[0]?.text.trim() !== reason; i++) {
    await userEvent.keyboard("{ArrowDown}");
  }
  expect(select.selectedOptions[0]?.text.trim()).toBe(reason);
  await tabTo(button("Continue"), "Continue");
  await userEvent.keyboard("{Enter}");

  await seeText(portal, "Estimated total refund");
  await tabTo(button("Continue"), "Continue");
  await userEvent.keyboard("{Enter}");
  if (deepText(portal).includes("Add photos"))
    throw new Error("the first reason needs photos; pick another line");

  await seeText(portal, "Review and submit");
  await tabTo(button("Submit return"), "Submit return");
  await userEvent.keyboard("{Enter}");

  await seeText(portal, `for order ${proof.orderNumber}`);
  await expect.poll(() => deepActiveElement()?.textContent ?? "").toContain(`for order ${proof.orderNumber}`);
}
