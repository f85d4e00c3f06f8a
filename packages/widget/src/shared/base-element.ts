import { html, nothing, type TemplateResult } from "lit/html.js";
import type { Problem, WidgetLocale } from "../api/types.js";
import {
  cachedMessages,
  loadMessages,
  resolveLocaleTag,
  type Translate,
  tableFor,
  translator,
} from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { baseStyles } from "./base.styles.js";
import { emit } from "./events.js";
import { isRetryable, problemText } from "./problems.js";
import { type PropertyValues, ViewElement } from "./view-element.js";

/**
 * What every widget element shares: where the API is, which store, the shopper's locale (texts
 * loaded on demand), an injectable `fetch`, how problems are shown and reported, and the small
 * pieces of markup every form is made of.
 */
export abstract class AftersalesElement extends ViewElement {
  static override styles = [baseStyles];

  static override properties = {
    api: {},
    store: {},
    locale: {},
    fetch: { attribute: false },
    problem: { state: true },
    busy: { state: true },
    errors: { state: true },
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
  /** The last failed call, shown in the live region. */
  declare protected problem: Problem | undefined;
  /** A call is in flight: submit buttons are disabled. */
  declare protected busy: boolean;
  /** Field errors by field id. */
  declare protected errors: Record<string, string>;

  /** The resolved `Intl` tag. */
  protected tag = "en";
  /** The text table in use. */
  protected textLocale: WidgetLocale = "en";
  /** Translation over the current table; unset until the table is loaded. */
  protected t: Translate | undefined;

  constructor() {
    super();
    this.api = "";
    this.store = "";
    this.busy = false;
    this.errors = {};
  }

  #langObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyLocale();
    // A page that switches language by changing <html lang> (without a `locale`) is followed.
    this.#langObserver = new MutationObserver(() => {
      if (!this.locale) this.applyLocale();
    });
    this.#langObserver.observe(document.documentElement, { attributeFilter: ["lang"] });
  }

  disconnectedCallback(): void {
    this.#langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("locale")) this.applyLocale();
  }

  /**
   * Resolves the shopper's language now (so calls made at once ask the server for it) and loads
   * its texts; calls {@link onLocale} when the language changed after the first render.
   */
  protected applyLocale(): void {
    const tag = resolveLocaleTag(this, this.locale);
    const lang = tableFor(tag);
    const changed = lang !== this.textLocale && !!this.t;
    this.tag = tag;
    this.textLocale = lang;
    const use = (table: NonNullable<ReturnType<typeof cachedMessages>>) => {
      this.t = translator(table);
      this.requestUpdate();
    };
    const cached = cachedMessages(lang);
    if (cached) use(cached);
    else void loadMessages(lang).then((table) => this.textLocale === lang && use(table));
    if (changed) this.onLocale();
  }

  /** Called when the shopper's language changed after the element first rendered. */
  protected onLocale(): void {}

  override render(): TemplateResult {
    const t = this.t;
    return t
      ? html`<div part="base" lang=${this.textLocale}>${this.renderContent(t)}</div>`
      : html`<div part="base" aria-busy="true"></div>`;
  }

  /** The element's content, once the locale's texts are in. */
  protected abstract renderContent(t: Translate): unknown;

  /** Shows a failed call and tells the host page about it. */
  protected fail(problem: Problem, operation: string): void {
    this.problem = problem;
    emit(this, "aftersales-error", { code: problem.type, status: problem.status, operation });
  }

  /** Sets the field errors; when there are any, focuses `focus` (default: the first field). */
  protected invalid(errors: Record<string, string>, focus?: string): boolean {
    this.errors = errors;
    const first = Object.keys(errors)[0];
    if (first) void this.focusAfterUpdate(focus ?? `#${first}`);
    return !!first;
  }

  /**
   * A live region with the problem in plain words, and "Try again" when retrying may help.
   * Rendered even when empty so screen readers announce the text when it appears.
   */
  protected renderProblem(t: Translate, retry?: () => void): TemplateResult {
    const problem = this.problem;
    return html`<div role="alert" part="error">${
      problem
        ? html`<p>${problemText(t, problem)}</p>${retry && isRetryable(problem) ? this.button(t(Msg.retry), retry) : nothing}`
        : nothing
    }</div>`;
  }

  /** A busy indicator with a text for screen readers and sighted shoppers alike. */
  protected renderBusy(text: string): TemplateResult {
    return html`<p class="busy" role="status">${text}</p>`;
  }

  /** A plain button; `link` makes it look like a link. */
  protected button(text: unknown, click: () => void, link?: boolean, id?: string): TemplateResult {
    return html`<button type="button" part="button" class=${link ? "link" : nothing} id=${id ?? nothing} @click=${click}>${text}</button>`;
  }

  /** The submit button of a form, disabled while a call is in flight. */
  protected submitButton(text: string): TemplateResult {
    return html`<button class="primary" part="button primary-button" type="submit" ?disabled=${this.busy}>${text}</button>`;
  }

  /** A field's error text, referenced by the field's `aria-describedby`. */
  protected errorText(id: string): TemplateResult | typeof nothing {
    const error = this.errors[id];
    return error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing;
  }

  /** `aria-describedby` of a field: its hint (when it has one) and its error (when shown). */
  protected describedBy(id: string, hint?: boolean): string | typeof nothing {
    return [hint ? `${id}-hint` : "", this.errors[id] ? `${id}-error` : ""].join(" ").trim() || nothing;
  }

  /** A label with "(optional)" after it. */
  protected optional(t: Translate, label: string): TemplateResult {
    return html`${label} <span class="muted">(${t(Msg.optional)})</span>`;
  }

  /**
   * A labelled text input — or, with `area`, a text area — with its hint and error, wired for
   * screen readers (`aria-invalid`, `aria-describedby`).
   */
  protected field(
    id: string,
    label: unknown,
    value: string,
    input: (value: string) => void,
    o: { hint?: string; type?: string; autocomplete?: string; area?: boolean } = {},
  ): TemplateResult {
    const invalid = this.errors[id] ? "true" : "false";
    const described = this.describedBy(id, !!o.hint);
    const set = (e: Event) => input((e.target as HTMLInputElement).value);
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing}
      ${
        o.area
          ? html`<textarea id=${id} part="input" aria-invalid=${invalid} aria-describedby=${described} .value=${value} @input=${set}></textarea>`
          : html`<input id=${id} part="input" type=${o.type ?? "text"} autocomplete=${o.autocomplete ?? nothing} aria-invalid=${invalid} aria-describedby=${described} .value=${value} @input=${set} />`
      }
      ${this.errorText(id)}
    </div>`;
  }

  /** A labelled select of `[value, text]` options, with its error. */
  protected select(
    id: string,
    label: unknown,
    options: [string, unknown][],
    selected: string,
    change: (value: string) => void,
  ): TemplateResult {
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        part="input"
        aria-invalid=${this.errors[id] ? "true" : "false"}
        aria-describedby=${this.describedBy(id)}
        @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}
      >
        ${options.map(([value, text]) => html`<option .value=${value} ?selected=${value === selected}>${text}</option>`)}
      </select>
      ${this.errorText(id)}
    </div>`;
  }

  /** One radio button with its label. */
  protected radio(
    name: string,
    value: string,
    checked: boolean,
    change: () => void,
    label: unknown,
  ): TemplateResult {
    return html`<label class="check"><input type="radio" name=${name} .value=${value} .checked=${checked} @change=${change} /> <span>${label}</span></label>`;
  }

  /** Focuses the current step's heading, so keyboard and screen-reader users start there. */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot?.querySelector<HTMLElement>("h2[tabindex]");
    // Still loading: focus the heading as soon as it is rendered.
    this.#focusPending = !heading;
    heading?.focus(options);
  }

  #focusPending = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusPending) {
      const heading = this.renderRoot.querySelector<HTMLElement>("h2[tabindex]");
      if (heading) {
        this.#focusPending = false;
        heading.focus();
      }
    }
  }

  /** Moves focus to the first element matching `selector` after the next render (step changes). */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
