import { render } from "lit/html.js";

/** Names of the properties that changed in an update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** A view's reactive properties by name (`{ state: true }` marks internal state; only names count). */
export type ViewProperties = Record<string, object>;

/**
 * Joins a CSS template into text. Styles are plain strings: a view renders them in one `<style>`
 * (which works in every browser, constructable stylesheets or not); the bundle's template minifier
 * recognises the `css` tag.
 */
export function css(strings: TemplateStringsArray, ...values: unknown[]): string {
  return String.raw(strings, ...values);
}

/**
 * The reactive base of the inner elements: Lit's update cycle (property set → one batched update
 * in a microtask → `willUpdate` → lit-html render into the shadow root → `updated`,
 * `updateComplete`) without LitElement's attribute machinery, which these elements never use —
 * their public tags (plain custom elements in the entry) pass everything as properties. It saves
 * about 2 KB gzip of the widget's budget, and renders with lit-html all the same.
 */
export abstract class ViewElement extends HTMLElement {
  /** The reactive properties; setting one schedules an update. */
  static properties: ViewProperties = {};
  /** The element's CSS, rendered once in its shadow root. */
  static styles: string[] = [];

  static #ready = new WeakSet<object>();

  /** Defines the accessors of a class's reactive properties on its prototype (once per class). */
  static #finalize(view: typeof ViewElement): void {
    if (ViewElement.#ready.has(view)) return;
    ViewElement.#ready.add(view);
    for (const name of Object.keys(view.properties)) {
      Object.defineProperty(view.prototype, name, {
        get(this: ViewElement) {
          return this.#values[name];
        },
        set(this: ViewElement, value: unknown) {
          const old = this.#values[name];
          if (old === value) return;
          this.#values[name] = value;
          this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
  }

  /** The shadow root the element renders into. */
  readonly renderRoot: ShadowRoot;
  /** Whether the element has rendered at least once. */
  hasUpdated = false;
  #values: Record<string, unknown> = {};
  #changed: PropertyValues = new Map();
  #pending = false;
  #update: Promise<boolean> = Promise.resolve(true);

  constructor() {
    super();
    const view = this.constructor as typeof ViewElement;
    ViewElement.#finalize(view);
    this.renderRoot = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = view.styles.join("");
    this.renderRoot.append(style);
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  /** Resolves after the pending update has rendered (true when no further update is pending). */
  get updateComplete(): Promise<boolean> {
    return this.#update;
  }

  /** Schedules an update; `name` and `old` record a property that changed. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#pending) return;
    this.#pending = true;
    this.#update = this.#perform();
  }

  async #perform(): Promise<boolean> {
    // Wait for the current task's other changes: they render together.
    await this.#update;
    const changed = this.#changed;
    this.willUpdate(changed);
    this.#changed = new Map();
    this.#pending = false;
    render(this.render(), this.renderRoot, { host: this });
    this.hasUpdated = true;
    this.updated(changed);
    return !this.#pending;
  }

  /** Before rendering: derive state from the changed properties (changes here join this update). */
  protected willUpdate(_changed: PropertyValues): void {}

  /** What the element shows (a lit-html template). */
  protected abstract render(): unknown;

  /** After rendering. */
  protected updated(_changed: PropertyValues): void {}
}
