import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { Problem, WidgetLocale } from "../api/types.js";
import {
  cachedMessages,
  loadMessages,
  resolveLocaleTag,
  type Translate,
  tableFor,
  translator,
} from "../i18n/i18n.js";
import { baseStyles } from "./base.styles.js";
import { emit } from "./events.js";
import { isRetryable, problemText } from "./problems.js";

/**
 * What every widget element shares: where the API is, which store, the shopper's locale (texts
 * loaded on demand), an injectable `fetch`, and how problems are shown and reported.
 */
export abstract class AftersalesElement extends LitElement {
  static override styles = [baseStyles];

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
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.t || changed.has("locale")) this.#applyLocale();
  }

  #applyLocale(): void {
    const tag = resolveLocaleTag(this, this.locale);
    const lang = tableFor(tag);
    const use = (table: NonNullable<ReturnType<typeof cachedMessages>>) => {
      this.tag = tag;
      this.textLocale = lang;
      this.t = translator(table);
    };
    const cached = cachedMessages(lang);
    if (cached) use(cached);
    else
      void loadMessages(lang).then((table) => {
        if (tableFor(resolveLocaleTag(this, this.locale)) !== lang) return;
        use(table);
        this.requestUpdate();
      });
  }

  override render(): TemplateResult {
    const t = this.t;
    return t
      ? html`<div part="base" lang=${this.textLocale}>${this.renderContent(t)}</div>`
      : html`<div part="base" aria-busy="true"></div>`;
  }

  /** The element's content, once the locale's texts are in. */
  protected abstract renderContent(t: Translate): unknown;

  /** Tells the host page about a failed call. */
  protected reportProblem(problem: Problem, operation: string): void {
    emit(this, "aftersales-error", { code: problem.type, status: problem.status, operation });
  }

  /**
   * A live region with the problem in plain words, and "Try again" when retrying may help.
   * Rendered even when empty so screen readers announce the text when it appears.
   */
  protected renderProblem(t: Translate, problem: Problem | undefined, retry?: () => void): TemplateResult {
    return html`<div role="alert" part="error">${
      problem
        ? html`<p>${problemText(t, problem)}</p>${
            retry && isRetryable(problem)
              ? html`<button type="button" part="button" @click=${retry}>${t("retry")}</button>`
              : nothing
          }`
        : nothing
    }</div>`;
  }

  /** A busy indicator with a text for screen readers and sighted shoppers alike. */
  protected renderBusy(text: string): TemplateResult {
    return html`<p class="busy" role="status">${text}</p>`;
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
