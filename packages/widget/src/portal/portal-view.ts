import { html, nothing, type TemplateResult } from "lit/html.js";
import type { OrderLineView, OrderView } from "../api/types.js";
import { formatDate, formatMoney, type Translate } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { emit } from "../shared/events.js";
import { OrderElement } from "../shared/order-element.js";
import { eligibilityText, reasonsText } from "../shared/order-text.js";
import type { ShellElement } from "../shared/shell.js";
import { readStored, writeStored } from "../shared/storage.js";
import { portalStyles } from "./portal.styles.js";

/** Where the shopper is in the portal once the order is found. */
export type PortalStep = "order" | "return" | "complaint" | "inquiry" | "status";

interface PortalScreen {
  step: PortalStep;
  caseId?: string;
}

/** What `<aftersales-portal>` shows and does; loaded on first use (see `portal.ts`). */
export class PortalView extends OrderElement {
  static override styles = [...OrderElement.styles, portalStyles];

  static override properties = {
    ...OrderElement.properties,
    screen: { state: true },
  };

  declare protected screen: PortalScreen;

  constructor() {
    super();
    this.screen = { step: "order" };
    // A form inside opened a case: show its status, and the order's cases with it.
    this.addEventListener("aftersales-case-created", (e) => {
      this.#go("status", e.detail.caseId);
      void this.reloadOrder();
    });
  }

  get #screenName(): string {
    return `view:${this.api}|${this.store}`;
  }

  protected override onOrder(order: OrderView): void {
    const stored = readStored<PortalScreen & { order: string }>(this.#screenName);
    if (stored?.order === order.number) this.screen = stored;
  }

  /** Moves to a step, remembers it for a reload, and puts focus on the new step's heading. */
  async #go(step: PortalStep, caseId?: string): Promise<void> {
    this.screen = caseId ? { step, caseId } : { step };
    writeStored(this.#screenName, { ...this.screen, order: this.order?.number });
    emit(this, "aftersales-step", { step });
    await this.updateComplete;
    if (step === "order") return this.renderRoot.querySelector<HTMLElement>("#order-title")?.focus();
    const child = this.renderRoot.querySelector<ShellElement>("[exportparts]");
    await child?.ready();
    child?.focus();
  }

  protected override renderContent(t: Translate): unknown {
    return this.renderWithOrder(t, (order) =>
      this.screen.step === "order"
        ? this.#renderOrder(t, order)
        : html`<p>${this.button(`← ${t(Msg.backToOrder)}`, () => this.#go("order"), true)}</p>
            ${this.renderProblem(t)} ${this.#renderFlow()}`,
    );
  }

  #renderFlow(): TemplateResult {
    const { step, caseId } = this.screen;
    if (step === "status") return this.renderStatus(caseId!);
    return step === "return"
      ? html`<aftersales-return-form
          .api=${this.api}
          .store=${this.store}
          .fetch=${this.fetch}
          .locale=${this.tag}
          .sessionToken=${this.client.token}
          .order=${this.order}
          .config=${this.config}
        ></aftersales-return-form>`
      : html`<aftersales-complaint-form
          .kind=${step}
          .api=${this.api}
          .store=${this.store}
          .fetch=${this.fetch}
          .locale=${this.tag}
          .sessionToken=${this.client.token}
          .order=${this.order}
          .config=${this.config}
        ></aftersales-complaint-form>`;
  }

  #renderOrder(t: Translate, order: OrderView): TemplateResult {
    const tz = this.config?.store.timeZone;
    const date = (at: string) => formatDate(at, this.tag, tz);
    const returnable = order.lines.some(
      (l) => l.eligibility.status !== "ineligible" && l.refundableQuantity > 0,
    );
    return html`<h2 id="order-title" tabindex="-1" part="title">${t(Msg.orderTitle, { number: order.number })}</h2>
      <p class="muted">
        ${t(Msg.placedOn, { date: date(order.placedAt) })}${
          order.deliveredAt ? html`<br />${t(Msg.deliveredOn, { date: date(order.deliveredAt) })}` : nothing
        }
      </p>
      ${this.renderProblem(t, () => void this.start())}
      <h3>${t(Msg.items)}</h3>
      <ul class="lines">
        ${order.lines.map((line) => this.#renderLine(t, line))}
      </ul>
      ${returnable ? nothing : html`<p class="note">${t(Msg.noneEligible)}</p>`}
      <div class="actions">
        ${
          returnable
            ? html`<button type="button" class="primary" part="button primary-button" @click=${() => this.#go("return")}>
                ${t(Msg.startReturn)}
              </button>`
            : nothing
        }
        ${this.button(t(Msg.startComplaint), () => this.#go("complaint"))}
        ${this.button(t(Msg.startInquiry), () => this.#go("inquiry"))}
      </div>
      ${
        order.cases.length
          ? html`<h3>${t(Msg.yourRequests)}</h3>
              <ul>
                ${order.cases.map((c) => {
                  const kind = t.code("kind", c.kind) ?? c.kind;
                  return html`<li class="row card">
                    <span>${kind} · ${t.code("status", c.status)}</span>
                    ${this.button(t(Msg.viewRequest, { kind, date: date(c.openedAt) }), () => this.#go("status", c.id), true)}
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      <div class="actions">${this.button(t(Msg.otherOrder), () => this.forgetOrder(), true)}</div>`;
  }

  #renderLine(t: Translate, line: OrderLineView): TemplateResult {
    const { status, reasons } = line.eligibility;
    return html`<li class="card" part="line">
      ${line.imageUrl ? html`<img src=${line.imageUrl} alt="" />` : html`<span></span>`}
      <div class="row">
        <span><strong>${line.title}</strong>${line.variantTitle ? html` <span class="muted">${line.variantTitle}</span>` : nothing}</span>
        <span>${t(Msg.qtyOf, { count: line.quantity, price: formatMoney(line.unitPrice, this.tag) })}</span>
      </div>
      <p class="verdict" data-status=${status}>${eligibilityText(t, line, this.tag, this.config?.store.timeZone)}</p>
      ${status !== "auto_approve" && reasons.length ? html`<p class="muted">${reasonsText(reasons)}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-portal-view": PortalView;
  }
}
