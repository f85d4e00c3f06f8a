import { html, nothing, type TemplateResult } from "lit/html.js";
import { AftersalesApi } from "../api/client.js";
import type { OrderView, StoreConfig } from "../api/types.js";
import { type Translate, tableFor } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { AftersalesElement } from "./base-element.js";
import { emit } from "./events.js";
import { readStored, writeStored } from "./storage.js";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where the element is in getting the shopper's order. */
export type OrderPhase = "starting" | "find" | "ready";

/**
 * An element that works on one verified order: the portal and the return and complaint forms.
 * It gets the order from the host (`order` + `session-token`), from a platform identity
 * (`identity-token`), from the tab's stored session, or by asking for order number + email.
 */
export abstract class OrderElement extends AftersalesElement {
  static override properties = {
    ...AftersalesElement.properties,
    identityToken: { attribute: "identity-token" },
    sessionToken: { attribute: "session-token" },
    order: { attribute: false },
    config: { attribute: false },
    phase: { state: true },
  };

  /**
   * A platform-signed identity handed over by the host page (Shopify app proxy, WordPress
   * plugin). When set, the shopper skips the order-number form.
   */
  declare identityToken: string | undefined;
  /** A session token the host already obtained from `POST /v1/stores/{store}/sessions`. */
  declare sessionToken: string | undefined;
  /** The verified order, when the host already has it (the portal passes it to its forms). */
  declare order: OrderView | undefined;
  /** The store's configuration, when the host already has it. */
  declare config: StoreConfig | undefined;
  declare protected phase: OrderPhase;

  /** The API client, bound to the shopper's session once there is one. */
  protected client!: AftersalesApi;
  #find = { orderNumber: "", email: "" };

  constructor() {
    super();
    this.phase = "starting";
  }

  get #sessionName(): string {
    return `session:${this.api}|${this.store}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  /** (Re)starts from whatever proof of the order is at hand; also the "Try again" action. */
  protected async start(): Promise<void> {
    const stored = readStored<{ token: string; expiresAt: string }>(this.#sessionName);
    this.client = new AftersalesApi({
      api: this.api,
      store: this.store,
      fetch: this.fetch,
      token:
        this.sessionToken ?? (stored && Date.parse(stored.expiresAt) > Date.now() ? stored.token : undefined),
    });
    this.problem = undefined;
    if (!this.config)
      void this.client.config().then((r) => {
        if (r.ok) this.config = r.value;
        else this.fail(r.problem, "config");
      });
    if (this.order && this.client.token) return this.#ready(this.order);
    if (this.identityToken) return this.#createSession({ identityToken: this.identityToken });
    if (!this.client.token) {
      this.phase = "find";
      return;
    }
    this.busy = true;
    const result = await this.client.order(this.textLocale);
    this.busy = false;
    if (result.ok) this.#ready(result.value);
    else this.fail(result.problem, "order");
  }

  /** Called when the order is verified and loaded. */
  protected onOrder(_order: OrderView): void {}

  /** Loads the order again: its cases changed, or the shopper's language did. */
  protected async reloadOrder(): Promise<void> {
    const result = await this.client.order(this.textLocale);
    if (result.ok) this.order = result.value;
  }

  protected override onLocale(): void {
    // The server explains each line's eligibility in the language asked for.
    if (this.phase === "ready") void this.reloadOrder();
  }

  async #createSession(
    proof: { orderNumber: string; email: string } | { identityToken: string },
  ): Promise<void> {
    this.busy = true;
    this.problem = undefined;
    const result = await this.client.createSession(proof);
    this.busy = false;
    if (!result.ok) {
      if ("identityToken" in proof) this.phase = "find";
      return this.fail(result.problem, "session");
    }
    const { token, expiresAt, order } = result.value;
    writeStored(this.#sessionName, { token, expiresAt });
    emit(this, "aftersales-session", { orderNumber: order.number });
    this.#ready(order);
    // The session's order is explained in the store's language; the shopper may read another.
    if (!this.config || tableFor(this.config.store.locale) !== this.textLocale) void this.reloadOrder();
    // The form the shopper was in is gone: start them at the new screen's heading.
    if ("orderNumber" in proof) void this.focusAfterUpdate("h2[tabindex]");
  }

  #ready(order: OrderView): void {
    this.order = order;
    this.phase = "ready";
    this.onOrder(order);
  }

  #forget(): void {
    writeStored(this.#sessionName, undefined);
    this.client.token = undefined;
    this.order = undefined;
    this.phase = "find";
  }

  /** Reports a failed call and moves back to the order form when the session has ended. */
  protected override fail(problem: Parameters<AftersalesElement["fail"]>[0], operation: string): void {
    super.fail(problem, operation);
    if (problem.type === "unauthorized") this.#forget();
  }

  /** Forgets the session so the shopper can look up another order. */
  protected forgetOrder(): void {
    this.#forget();
    this.problem = undefined;
    void this.focusAfterUpdate("#find-title");
  }

  #submitFind(event: SubmitEvent): void {
    event.preventDefault();
    const t = this.t!;
    const orderNumber = this.#find.orderNumber.trim();
    const email = this.#find.email.trim();
    const errors: Record<string, string> = {};
    if (!orderNumber) errors["order-number"] = t(Msg.orderNumberMissing);
    if (!emailPattern.test(email)) errors.email = t(Msg.emailInvalid);
    if (!this.invalid(errors) && !this.busy) void this.#createSession({ orderNumber, email });
  }

  /** The "find your order" form (order number + email). */
  protected renderFind(t: Translate): TemplateResult {
    const find = this.#find;
    return html`<form part="form" novalidate @submit=${this.#submitFind}>
      <h2 id="find-title" tabindex="-1" part="title">${t(Msg.findTitle)}</h2>
      <p class="muted">${t(Msg.findIntro)}</p>
      ${this.renderProblem(t, () => void this.start())}
      ${this.field("order-number", t(Msg.orderNumber), find.orderNumber, (v) => (find.orderNumber = v), {
        hint: t(Msg.orderNumberHint),
        autocomplete: "off",
      })}
      ${this.field("email", t(Msg.email), find.email, (v) => (find.email = v), { type: "email", autocomplete: "email" })}
      <div class="actions">
        ${this.submitButton(t(Msg.findSubmit))} ${this.busy ? this.renderBusy(t(Msg.signingIn)) : nothing}
      </div>
    </form>`;
  }

  /** Renders the order form or a loading state until the order is ready, then `ready()`. */
  protected renderWithOrder(t: Translate, ready: (order: OrderView) => unknown): unknown {
    if (this.phase === "ready" && this.order) return ready(this.order);
    if (this.phase === "find") return this.renderFind(t);
    return html`${this.renderProblem(t, () => void this.start())}${this.problem ? nothing : this.renderBusy(t(Msg.loading))}`;
  }

  /**
   * A case's status inside this element, in the same session (or with the case link token of an
   * email), language and store.
   */
  protected renderStatus(caseId: string, linkToken?: string): TemplateResult {
    return html`<aftersales-case-status
      .caseId=${caseId}
      .linkToken=${linkToken}
      .api=${this.api}
      .store=${this.store}
      .fetch=${this.fetch}
      .locale=${this.tag}
      .sessionToken=${this.client.token}
      .config=${this.config}
    ></aftersales-case-status>`;
  }
}
