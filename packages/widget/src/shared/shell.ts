import { loadViews } from "../lazy.js";

/** Every `part` the widget's elements expose, forwarded from the inner element to the tag. */
export const allParts =
  "base, title, form, field, input, button, primary-button, error, line, photo, status, promise, timeline, messages";

/** A public property and the attribute it is read from (`false`: property only; default: its name). */
export type ShellProperties = Record<string, { attribute?: string | false }>;

/**
 * The public face of a widget element: a plain custom element, so the entry a theme loads holds
 * no framework at all. It is defined the moment the entry runs (no network request), takes
 * attributes and properties at once, and when first connected loads the chunk with Lit and the
 * element that does the work (`view`), renders it in its shadow root and passes every public
 * property down. Events from inside bubble out through it (they are composed), and its parts are
 * forwarded.
 */
export abstract class ShellElement extends HTMLElement {
  /** The public properties (Lit's shape, which the custom-elements manifest analyzer reads). */
  static properties: ShellProperties = {
    api: {},
    store: {},
    locale: {},
    fetch: { attribute: false },
  };

  static get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: each tag's own properties (the subclass)
    return Object.entries(this.properties).flatMap(([name, p]) =>
      p.attribute === false ? [] : [p.attribute ?? name],
    );
  }

  /** Defines the accessors of the class's public properties on its prototype (once per class). */
  protected static forward(): void {
    // biome-ignore lint/complexity/noThisInStatic: called on each tag's class (the subclass)
    const { properties, prototype } = this;
    for (const name of Object.keys(properties)) {
      Object.defineProperty(prototype, name, {
        get(this: ShellElement) {
          return this.#values[name];
        },
        set(this: ShellElement, value: unknown) {
          this.#values[name] = value;
          if (this.#inner) this.#inner[name] = value;
        },
        configurable: true,
      });
    }
  }

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
  protected abstract readonly view: string;
  #values: Record<string, unknown> = { api: "", store: "" };
  #inner: (HTMLElement & Record<string, unknown>) | undefined;

  constructor() {
    super();
    this.attachShadow({ mode: "open" }).innerHTML =
      '<style>:host{display:block!important}:host([hidden]){display:none!important}</style><div part="base" aria-busy="true"></div>';
    // Properties the page set before this script defined the tag hide the accessors: move them.
    const own = this as unknown as Record<string, unknown>;
    for (const name of Object.keys((this.constructor as typeof ShellElement).properties)) {
      if (Object.hasOwn(this, name)) {
        const value = own[name];
        delete own[name];
        own[name] = value;
      }
    }
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const properties = (this.constructor as typeof ShellElement).properties;
    const name = Object.keys(properties).find((n) => (properties[n]!.attribute ?? n) === attribute)!;
    (this as unknown as Record<string, unknown>)[name] =
      value ?? (name === "api" || name === "store" ? "" : undefined);
  }

  connectedCallback(): void {
    // Inside another element's shadow root (a flow inside the portal): pass the parts on.
    if (this.getRootNode() instanceof ShadowRoot) this.setAttribute("exportparts", allParts);
    const retry = () => void this.#load();
    void this.#load().catch(() => addEventListener("online", retry, { once: true }));
  }

  async #load(): Promise<void> {
    await loadViews();
    if (this.#inner) return;
    const inner = document.createElement(this.view) as HTMLElement & Record<string, unknown>;
    inner.setAttribute("exportparts", allParts);
    Object.assign(inner, this.#values);
    this.#inner = inner;
    this.shadowRoot!.lastChild!.replaceWith(inner);
  }

  /** Focuses the current step's heading inside. */
  override focus(options?: FocusOptions): void {
    if (this.#inner) this.#inner.focus(options);
    else super.focus(options);
  }

  /** Resolves when the inner element is loaded and has rendered (useful in tests and hosts). */
  async ready(): Promise<void> {
    await this.#load();
    await (this.#inner as { updateComplete?: Promise<unknown> }).updateComplete;
  }
}
