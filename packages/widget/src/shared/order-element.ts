import { html, nothing, type TemplateResult } from "lit";
import { AftersalesApi } from "../api/client.js";
import type { OrderView, Problem, Session, StoreConfig } from "../api/types.js";
import type { Translate } from "../i18n/i18n.js";
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
    problem: { state: true },
    busy: { state: true },
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
  declare protected problem: Problem | undefined;
  declare protected busy: boolean;

  /** The API client, bound to the shopper's session once there is one. */
  protected client!: AftersalesApi;
  #find = { orderNumber: "", email: "", errors: {} as { orderNumber?: string; email?: string } };

  constructor() {
    super();
    this.phase = "starting";
    this.busy = false;
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
    const storedToken = stored && Date.parse(stored.expiresAt) > Date.now() ? stored.token : undefined;
    this.client = new AftersalesApi({
      api: this.api,
      store: this.store,
      fetch: this.fetch,
      token: this.sessionToken ?? storedToken,
    });
    this.problem = undefined;
    if (this.config) void this.onConfig(this.config);
    else void this.#loadConfig();
    if (this.order && this.client.token) return this.#ready(this.order);
    if (this.identityToken) return this.#createSession({ identityToken: this.identityToken });
    if (!this.client.token) {
      this.phase = "find";
      return;
    }
    this.busy = true;
    const result = await this.client.order();
    this.busy = false;
    if (result.ok) return this.#ready(result.value);
    if (result.problem.type === "unauthorized") {
      writeStored(this.#sessionName, undefined);
      this.phase = "find";
      return;
    }
    this.#fail(result.problem, "order");
  }

  async #loadConfig(): Promise<void> {
    const result = await this.client.config();
    if (result.ok) {
      this.config = result.value;
      void this.onConfig(result.value);
    } else this.#fail(result.problem, "config");
  }

  /** Called when the store configuration is known. */
  protected onConfig(_config: StoreConfig): void | Promise<void> {}

  /** Called when the order is verified and loaded. */
  protected onOrder(_order: OrderView): void {}

  async #createSession(
    proof: { orderNumber: string; email: string } | { identityToken: string },
  ): Promise<void> {
    this.busy = true;
    this.problem = undefined;
    const result = await this.client.createSession(proof);
    this.busy = false;
    if (!result.ok) {
      if ("identityToken" in proof) this.phase = "find";
      return this.#fail(result.problem, "session");
    }
    this.#remember(result.value);
    emit(this, "aftersales-session", { orderNumber: result.value.order.number });
    this.#ready(result.value.order);
    // The form the shopper was in is gone: start them at the new screen's heading.
    if ("orderNumber" in proof) void this.focusAfterUpdate("h2[tabindex]");
  }

  #remember(session: Session): void {
    writeStored(this.#sessionName, { token: session.token, expiresAt: session.expiresAt });
  }

  #ready(order: OrderView): void {
    this.order = order;
    this.phase = "ready";
    this.onOrder(order);
  }

  #fail(problem: Problem, operation: string): void {
    this.problem = problem;
    this.reportProblem(problem, operation);
    if (problem.type === "unauthorized") {
      writeStored(this.#sessionName, undefined);
      this.client.token = undefined;
      this.order = undefined;
      this.phase = "find";
    }
  }

  /** Reports a failed call and moves back to the order form when the session has ended. */
  protected fail(problem: Problem, operation: string): void {
    this.#fail(problem, operation);
  }

  /** Forgets the session so the shopper can look up another order. */
  protected forgetOrder(): void {
    writeStored(this.#sessionName, undefined);
    this.client.token = undefined;
    this.order = undefined;
    this.problem = undefined;
    this.phase = "find";
    void this.focusAfterUpdate("#find-title");
  }

  #submitFind(event: SubmitEvent): void {
    event.preventDefault();
    const t = this.t!;
    const find = this.#find;
    const orderNumber = find.orderNumber.trim();
    const email = find.email.trim();
    find.errors = {};
    if (!orderNumber) find.errors.orderNumber = t("orderNumberMissing");
    if (!emailPattern.test(email)) find.errors.email = t("emailInvalid");
    this.requestUpdate();
    const invalid = find.errors.orderNumber ? "#order-number" : find.errors.email ? "#email" : undefined;
    if (invalid) {
      void this.focusAfterUpdate(invalid);
      return;
    }
    if (!this.busy) void this.#createSession({ orderNumber, email });
  }

  /** The "find your order" form (order number + email). */
  protected renderFind(t: Translate): TemplateResult {
    const find = this.#find;
    const field = (
      id: string,
      name: "orderNumber" | "email",
      label: string,
      type: string,
      autocomplete: string,
      hint?: string,
    ) => {
      const error = find.errors[name];
      const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim();
      return html`<div class="field" part="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ""}
        <input
          id=${id}
          part="input"
          type=${type}
          autocomplete=${autocomplete}
          aria-invalid=${error ? "true" : "false"}
          aria-describedby=${described || nothing}
          .value=${find[name]}
          @input=${(e: Event) => {
            find[name] = (e.target as HTMLInputElement).value;
          }}
        />
        ${error ? html`<p class="error" id="${id}-error">${error}</p>` : ""}
      </div>`;
    };
    return html`<form part="form" novalidate @submit=${this.#submitFind}>
      <h2 id="find-title" tabindex="-1" part="title">${t("findTitle")}</h2>
      <p class="muted">${t("findIntro")}</p>
      ${this.renderProblem(t, this.problem, () => void this.start())}
      ${field("order-number", "orderNumber", t("orderNumber"), "text", "off", t("orderNumberHint"))}
      ${field("email", "email", t("email"), "email", "email")}
      <div class="actions">
        <button class="primary" part="button primary-button" type="submit" ?disabled=${this.busy}>
          ${t("findSubmit")}
        </button>
        ${this.busy ? this.renderBusy(t("signingIn")) : ""}
      </div>
    </form>`;
  }

  /** Renders the order form or a loading state until the order is ready, then `ready()`. */
  protected renderWithOrder(t: Translate, ready: (order: OrderView) => unknown): unknown {
    if (this.phase === "ready" && this.order) return ready(this.order);
    if (this.phase === "find") return this.renderFind(t);
    return html`${this.renderProblem(t, this.problem, () => void this.start())}${
      this.problem ? "" : this.renderBusy(t("loading"))
    }`;
  }
}
