import type { Focused } from "./keyboard.js";

/**
 * Reading the page the way a shopper does, across shadow roots. Each function is self-contained
 * (no imports at run time, no outer names) so the end-to-end test can run it in a real page
 * through Playwright as it is.
 */

/** The text a shopper would read below `root`, across shadow roots, whitespace collapsed. */
export function deepText(root: Element | ShadowRoot | Document): string {
  let text = "";
  const walk = (node: Node) => {
    for (const child of ((node as Element).shadowRoot ?? node).childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      else if (child instanceof HTMLOptionElement) text += ` ${child.textContent} `;
      else if (child instanceof Element && !["STYLE", "SCRIPT"].includes(child.tagName)) {
        walk(child);
        // Block boundaries separate words the way a reader sees them.
        if (!["SPAN", "STRONG", "EM", "A", "TIME", "B"].includes(child.tagName)) text += " ";
      }
    }
  };
  walk(root);
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Describes the focused element of the page it runs in. Self-contained (no imports, no outer
 * names), so Playwright can run it in a page as it is.
 */
export function describeFocus(): Focused | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return null;
  const select = active instanceof HTMLSelectElement ? active : undefined;
  return {
    tag: active.tagName,
    id: active.id,
    type: active.getAttribute("type") ?? "",
    text: (active.textContent ?? "").replace(/\s+/g, " ").trim(),
    option: select?.selectedOptions[0]?.text.trim() ?? "",
    options: select?.options.length ?? 0,
  };
}
