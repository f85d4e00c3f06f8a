import { html, nothing, type TemplateResult } from "lit/html.js";
import type { OrderLineView, OrderView } from "../api/types.js";
import { formatDate, formatMoney, type Translate } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { emit } from "../shared/events.js";
import { OrderElement } from "../shared/order-element.js";
import { eligibilityText, reasonsText } from "../shared/order-text.js";
import type { ShellElement } from "../shared/shell.js";
import { readStored, writeStored } from "../shared/storage.js";
import type { PropertyValues } from "../shared/view-element.js";
import { portalStyles } from "./portal.styles.js";

/** Where the shopper is in the portal once the order is found. */
export type PortalStep = "order" | "return" | "complaint" | "inquiry" | "status";

interface PortalScreen {
  step: PortalStep;
  caseId?: string;
  /** The case link token of an email link: the case is shown without an order session. */
  token?: string;
}

/**
 * What the names in `flows` offer, besides the steps that start a flow (`return`, `complaint`,
 * `inquiry`): returns and exchanges are one form; `returns` and `complaints` (complaints and
 * questions) are the Shopify theme editor's choices.
 */
const flowNames: Record<string, string> = {
  all: "return complaint inquiry",
  returns: "return",
  exchange: "return",
  complaints: "complaint inquiry",
};

/** The steps `flows` offers: every flow when it is empty, and when it is invalid (with a warning). */
function offeredSteps(flows = ""): Set<string> {
  const names = flows
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (names.some((name) => !/^(all|returns?|exchange|complaints?|inquiry)$/.test(name)))
    console.warn("<aftersales-portal> offers every flow: invalid flows", flows);
  else if (names[0]) return new Set(names.flatMap((name) => (flowNames[name] ?? name).split(" ")));
  return new Set(flowNames.all!.split(" "));
}

/** What `<aftersales-portal>` shows and does; loaded on first use (see `portal.ts`). */
export class PortalView extends OrderElement {
  static override styles = [...OrderElement.styles, portalStyles];

  static override properties = {
    ...OrderElement.properties,
    flows: {},
    screen: { state: true },
  };

  /** Which flows the portal offers (see `portal.ts`). */
  declare flows: string | undefined;
  declare protected screen: PortalScreen;
  #offered = offeredSteps();

  constructor() {
    super();
    this.screen = { step: "order" };
    // A form inside opened a case: show its status, and the order's cases with it.
    this.addEventListener("aftersales-case-created", (e) => {
      this.#go("status", e.detail.caseId);
      void this.reloadOrder();
    });
    // The case of an email link cannot be read (expired, forged, another case): find the order.
    this.addEventListener("aftersales-error", ({ detail }) => {
      if (this.screen.token && detail.operation === "case" && [401, 403, 404].includes(detail.status)) {
        void this.#go("order");
        // Expired or forged (401) reads best as the link's problem, which is what 404 says.
        this.problem = { type: "not_found", status: 404 };
      }
    });
  }

  override connectedCallback(): void {
    const url = new URL(location.href);
    const query = url.searchParams;
    const caseId = query.get("case");
    const token = query.get("t");
    if (caseId && token) {
      // The token opens the case: out of the address bar at once, so it is not left in bookmarks,
      // the history, shared screenshots or the Referer of the next page. The tab keeps it.
      query.delete("case");
      query.delete("t");
      history.replaceState(history.state, "", url);
      writeStored(this.#screenName, { step: "status", caseId, token });
    }
    // A reload shows the link's case again.
    const stored = readStored<PortalScreen>(this.#screenName);
    if (stored?.token) this.screen = stored;
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has("flows")) this.#offered = offeredSteps(this.flows);
  }

  get #screenName(): string {
    return `view:${this.api}|${this.store}`;
  }

  protected override onOrder(order: OrderView): void {
    const stored = readStored<PortalScreen & { order: string }>(this.#screenName);
    // Not over an email link's case, nor into a flow the portal no longer offers.
    if (
      !this.screen.token &&
      stored?.order === order.number &&
      (stored.step === "status" || this.#offered.has(stored.step))
    )
      this.screen = stored;
  }

  /** Moves to a step, remembers it for a reload, and puts focus on the new step's heading. */
  async #go(step: PortalStep, caseId?: string): Promise<void> {
    this.screen = caseId ? { step, caseId } : { step };
    writeStored(this.#screenName, { ...this.screen, order: this.order?.number });
    emit(this, "aftersales-step", { step });
    await this.updateComplete;
    // The order, or the form to find it.
    if (step === "order") return this.renderRoot.querySelector<HTMLElement>("h2[tabindex]")?.focus();
    const child = this.renderRoot.querySelector<ShellElement>("[exportparts]");
    await child?.ready();
    child?.focus();
  }

  protected override renderContent(t: Translate): unknown {
    const flow = () =>
      html`<p>${this.button(`← ${t(Msg.backToOrder)}`, () => this.#go("order"), true)}</p>
        ${this.renderProblem(t)} ${this.#renderFlow()}`;
    // An email link's case needs no order session.
    if (this.screen.token) return flow();
    return this.renderWithOrder(t, (order) =>
      this.screen.step === "order" ? this.#renderOrder(t, order) : flow(),
    );
  }

  #renderFlow(): TemplateResult {
    const { step, caseId, token } = this.screen;
    if (step === "status") return this.renderStatus(caseId!, token);
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
    const offered = this.#offered;
    const returns = offered.has("return");
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
        ${order.lines.map((line) => this.#renderLine(t, line, returns))}
      </ul>
      ${returns && !returnable && offered.has("complaint") ? html`<p class="note">${t(Msg.noneEligible)}</p>` : nothing}
      <div class="actions">
        ${
          returns && returnable
            ? html`<button type="button" class="primary" part="button primary-button" @click=${() => this.#go("return")}>
                ${t(Msg.startReturn)}
              </button>`
            : nothing
        }
        ${offered.has("complaint") ? this.button(t(Msg.startComplaint), () => this.#go("complaint")) : nothing}
        ${offered.has("inquiry") ? this.button(t(Msg.startInquiry), () => this.#go("inquiry")) : nothing}
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

  /** One line; with `returns` off, without whether it can be returned. */
  #renderLine(t: Translate, line: OrderLineView, returns: boolean): TemplateResult {
    const { status, reasons } = line.eligibility;
    return html`<li class="card" part="line">
      ${line.imageUrl ? html`<img src=${line.imageUrl} alt="" />` : html`<span></span>`}
      <div class="row">
        <span><strong>${line.title}</strong>${line.variantTitle ? html` <span class="muted">${line.variantTitle}</span>` : nothing}</span>
        <span>${t(Msg.qtyOf, { count: line.quantity, price: formatMoney(line.unitPrice, this.tag) })}</span>
      </div>
      ${
        returns
          ? html`<p class="verdict" data-status=${status}>${eligibilityText(t, line, this.tag, this.config?.store.timeZone)}</p>
              ${status !== "auto_approve" && reasons.length ? html`<p class="muted">${reasonsText(reasons)}</p>` : nothing}`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-portal-view": PortalView;
  }
}
