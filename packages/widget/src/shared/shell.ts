import { css, html, LitElement, type PropertyValues, type TemplateResult } from "lit";
import { type LazyTag, loadElement } from "../lazy.js";

/** Every `part` the widget's elements expose, forwarded from the inner element to the tag. */
export const allParts =
  "base, title, form, field, input, button, primary-button, error, line, photo, status, promise, timeline, messages";

/**
 * The public face of a widget element: it is defined the moment the entry script runs (no
 * network request), takes attributes and properties at once, and renders the element that does
 * the work (`view`) as soon as its chunk has loaded, passing every public property down. Events
 * from inside bubble out through it (they are composed), and its parts are forwarded.
 */
export abstract class ShellElement extends LitElement {
  static override styles = css`
    :host {
      display: block !important;
    }
    :host([hidden]) {
      display: none !important;
    }
  `;

  static override properties = {
    api: {},
    store: {},
    locale: {},
    fetch: { attribute: false },
  };

  /**
   * Base URL of the Aftersales server, e.g. `https://returns.example.com`. Empty (the default)
   * means the page's own origin.
   */
  declare api: string;
  /** The store's slug, as in `/v1/stores/{store}/…`. */
  declare store: string;
  /**
   * The shopper's language tag (`en`, `en-GB`, `zh-CN`, `zh-TW`, `zh-Hant` …). When unset, the
   * nearest `lang` attribute up the tree is used, then `<html lang>`.
   */
  declare locale: string | undefined;
  /** The `fetch` the element calls the API with; defaults to the page's `fetch`. */
  declare fetch: typeof globalThis.fetch | undefined;

  /** The inner element's tag. */
  protected abstract readonly view: LazyTag;
  #inner: HTMLElement | undefined;

  constructor() {
    super();
    this.api = "";
    this.store = "";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const retry = () => void this.#load();
    void this.#load().catch(() => addEventListener("online", retry, { once: true }));
  }

  async #load(): Promise<void> {
    await loadElement(this.view);
    this.requestUpdate();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    if (!this.#inner && customElements.get(this.view)) {
      this.#inner = document.createElement(this.view);
      this.#inner.setAttribute("exportparts", allParts);
    }
    const inner = this.#inner as unknown as Record<string, unknown> | undefined;
    if (!inner) return;
    const names = Object.keys((this.constructor as typeof ShellElement).properties);
    for (const name of names) inner[name] = (this as unknown as Record<string, unknown>)[name];
  }

  override render(): TemplateResult {
    return this.#inner ? html`${this.#inner}` : html`<div part="base" aria-busy="true"></div>`;
  }

  /** Focuses the current step's heading inside. */
  override focus(options?: FocusOptions): void {
    if (this.#inner) this.#inner.focus(options);
    else super.focus(options);
  }

  /** Resolves when the inner element is loaded and has rendered (useful in tests and hosts). */
  async ready(): Promise<void> {
    await this.#load();
    await this.updateComplete;
    await (this.#inner as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined)?.updateComplete;
  }
}
