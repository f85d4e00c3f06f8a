import { html, nothing, type TemplateResult } from "lit";
import type { CaseSummary, OrderLineView, OrderView } from "../api/types.js";
import { formatDate, formatMoney, type Translate } from "../i18n/i18n.js";
import { emit } from "../shared/events.js";
import { OrderElement } from "../shared/order-element.js";
import { eligibilityText, reasonText } from "../shared/order-text.js";
import { allParts, type ShellElement } from "../shared/shell.js";
import { readStored, writeStored } from "../shared/storage.js";
import { portalStyles } from "./portal.styles.js";

/** Where the shopper is in the portal once the order is found. */
export type PortalStep = "order" | "return" | "complaint" | "inquiry" | "status";

interface PortalStepView {
  step: PortalStep;
  caseId?: string;
}

const stepTags: Record<PortalStep, keyof HTMLElementTagNameMap | undefined> = {
  order: undefined,
  return: "aftersales-return-form",
  complaint: "aftersales-complaint-form",
  inquiry: "aftersales-complaint-form",
  status: "aftersales-case-status",
};

/** What `<aftersales-portal>` shows and does; loaded on first use (see `portal.ts`). */
export class PortalView extends OrderElement {
  static override styles = [...OrderElement.styles, portalStyles];

  static override properties = {
    ...OrderElement.properties,
    screen: { state: true },
  };

  declare protected screen: PortalStepView;

  constructor() {
    super();
    this.screen = { step: "order" };
  }

  get #viewName(): string {
    return `view:${this.api}|${this.store}`;
  }

  protected override onOrder(order: OrderView): void {
    const stored = readStored<PortalStepView & { order: string }>(this.#viewName);
    if (stored?.order === order.number) this.#show(stored);
  }

  #show(view: PortalStepView): void {
    this.screen = view;
  }

  /** Moves to a step, remembers it for a reload, and puts focus on the new step's heading. */
  #go(step: PortalStep, caseId?: string): void {
    const view: PortalStepView = caseId ? { step, caseId } : { step };
    this.#show(view);
    writeStored(this.#viewName, { ...view, order: this.order?.number });
    emit(this, "aftersales-step", { step });
    void this.#focusStep(step);
  }

  async #focusStep(step: PortalStep): Promise<void> {
    await this.updateComplete;
    const tag = stepTags[step];
    if (!tag) {
      this.renderRoot.querySelector<HTMLElement>("#order-title")?.focus();
      return;
    }
    const child = this.renderRoot.querySelector<ShellElement>(tag);
    await child?.ready();
    child?.focus();
  }

  async #caseCreated(event: CustomEvent<{ caseId: string }>): Promise<void> {
    this.#go("status", event.detail.caseId);
    const result = await this.client.order();
    if (result.ok) this.order = result.value;
  }

  protected override renderContent(t: Translate): unknown {
    return this.renderWithOrder(t, (order) => {
      if (this.screen.step === "order") return this.#renderOrder(t, order);
      return html`<div class="top">
          <button type="button" class="link" part="button" @click=${() => this.#go("order")}>
            ← ${t("backToOrder")}
          </button>
        </div>
        ${this.renderProblem(t, this.problem)} ${this.#renderFlow()}`;
    });
  }

  #renderFlow(): TemplateResult {
    const shared = {
      api: this.api,
      store: this.store,
      fetch: this.fetch,
      token: this.client.token,
      locale: this.locale,
    };
    const created = (e: CustomEvent<{ caseId: string }>) => void this.#caseCreated(e);
    switch (this.screen.step) {
      case "return":
        return html`<aftersales-return-form
          exportparts=${allParts}
          style="--aftersales-padding: 0"
          .api=${shared.api}
          .store=${shared.store}
          .fetch=${shared.fetch}
          .locale=${shared.locale}
          .sessionToken=${shared.token}
          .order=${this.order}
          .config=${this.config}
          @aftersales-case-created=${created}
        ></aftersales-return-form>`;
      case "complaint":
      case "inquiry":
        return html`<aftersales-complaint-form
          exportparts=${allParts}
          style="--aftersales-padding: 0"
          .kind=${this.screen.step}
          .api=${shared.api}
          .store=${shared.store}
          .fetch=${shared.fetch}
          .locale=${shared.locale}
          .sessionToken=${shared.token}
          .order=${this.order}
          .config=${this.config}
          @aftersales-case-created=${created}
        ></aftersales-complaint-form>`;
      case "status":
        return html`<aftersales-case-status
          exportparts=${allParts}
          style="--aftersales-padding: 0"
          .caseId=${this.screen.caseId}
          .api=${shared.api}
          .store=${shared.store}
          .fetch=${shared.fetch}
          .locale=${shared.locale}
          .sessionToken=${shared.token}
          .config=${this.config}
        ></aftersales-case-status>`;
      default:
        return html``;
    }
  }

  #renderOrder(t: Translate, order: OrderView): TemplateResult {
    const tz = this.config?.store.timeZone;
    const anyEligible = order.lines.some(
      (l) => l.eligibility.status !== "ineligible" && l.refundableQuantity > 0,
    );
    return html`<h2 id="order-title" tabindex="-1" part="title">${t("orderTitle", { number: order.number })}</h2>
      <p class="muted">
        ${t("placedOn", { date: formatDate(order.placedAt, this.tag, tz) })}${
          order.deliveredAt
            ? html`<br />${t("deliveredOn", { date: formatDate(order.deliveredAt, this.tag, tz) })}`
            : ""
        }
      </p>
      ${this.renderProblem(t, this.problem, () => void this.start())}
      <h3>${t("items")}</h3>
      <ul class="lines">
        ${order.lines.map((line) => this.#renderLine(t, line))}
      </ul>
      ${anyEligible ? "" : html`<p class="note">${t("noneEligible")}</p>`}
      <div class="actions">
        ${
          anyEligible
            ? html`<button type="button" class="primary" part="button primary-button" @click=${() => this.#go("return")}>
                ${t("startReturn")}
              </button>`
            : ""
        }
        <button type="button" part="button" @click=${() => this.#go("complaint")}>${t("startComplaint")}</button>
        <button type="button" part="button" @click=${() => this.#go("inquiry")}>${t("startInquiry")}</button>
      </div>
      ${order.cases.length ? this.#renderCases(t, order.cases) : nothing}
      <div class="actions">
        <button type="button" class="link" part="button" @click=${() => this.forgetOrder()}>${t("otherOrder")}</button>
      </div>`;
  }

  #renderLine(t: Translate, line: OrderLineView): TemplateResult {
    const tz = this.config?.store.timeZone;
    const { status, reasons } = line.eligibility;
    return html`<li class="card" part="line">
      ${line.imageUrl ? html`<img src=${line.imageUrl} alt="" />` : html`<span class="no-image"></span>`}
      <div class="row">
        <span
          ><strong>${line.title}</strong>${line.variantTitle ? html` <span class="muted">${line.variantTitle}</span>` : ""}</span
        >
        <span>${t("qtyOf", { count: line.quantity, price: formatMoney(line.unitPrice, this.tag) })}</span>
      </div>
      <p class="verdict" data-status=${status}>${eligibilityText(t, line, this.tag, tz)}</p>
      ${
        status !== "auto_approve" && reasons.length
          ? html`<ul class="why muted">
              ${reasons.map((r) => html`<li>${reasonText(t, r, this.tag, tz)}</li>`)}
            </ul>`
          : ""
      }
    </li>`;
  }

  #renderCases(t: Translate, cases: CaseSummary[]): TemplateResult {
    return html`<h3>${t("yourRequests")}</h3>
      <ul>
        ${cases.map(
          (c) => html`<li class="row card">
            <span>${t(`kind.${c.kind}`)} · ${t(`status.${c.status}`)}</span>
            <button type="button" class="link" part="button" @click=${() => this.#go("status", c.id)}>
              ${t("viewRequest", {
                kind: t(`kind.${c.kind}`),
                date: formatDate(c.openedAt, this.tag, this.config?.store.timeZone),
              })}
            </button>
          </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-portal-view": PortalView;
  }
}
