import { html, nothing, type TemplateResult } from "lit";
import type { CaseView, NewCase, OrderView } from "../api/types.js";
import { pickLabel, type Translate } from "../i18n/i18n.js";
import { emit } from "../shared/events.js";
import { OrderElement } from "../shared/order-element.js";
import { humanize, knownKey } from "../shared/order-text.js";
import { allParts } from "../shared/shell.js";
import { type Draft, keyForBody, newIdempotencyKey, readStored, writeStored } from "../shared/storage.js";
import { complaintFormStyles } from "./complaint-form.styles.js";

/** The steps of a complaint or question. */
export type ComplaintStep = "describe" | "details" | "review";

interface ComplaintDraft {
  step: ComplaintStep;
  subject: string;
  description: string;
  category: string;
  lineId: string;
  channel: string;
}

/** Fewest characters of a description: enough for staff to act on, short enough for Chinese. */
const minDescription = 10;

const stepTitle = { describe: "stepDescribe", details: "stepDetails", review: "stepReview" } as const;

/** What `<aftersales-complaint-form>` shows and does; loaded on first use (see `complaint-form.ts`). */
export class ComplaintFormView extends OrderElement {
  static override styles = [...OrderElement.styles, complaintFormStyles];

  static override properties = {
    ...OrderElement.properties,
    kind: {},
    draft: { state: true },
    suggested: { state: true },
    errors: { state: true },
    created: { state: true },
  };

  /** `complaint` (default) or `inquiry` (a question). */
  declare kind: "complaint" | "inquiry";
  declare protected draft: Draft<ComplaintDraft> | undefined;
  declare protected suggested: string | undefined;
  declare protected errors: Record<string, string>;
  declare protected created: CaseView | undefined;
  #classified = "";

  constructor() {
    super();
    this.kind = "complaint";
    this.errors = {};
  }

  get #draftName(): string {
    return `draft:${this.kind}:${this.store}:${this.order?.number}`;
  }

  protected override onOrder(_order: OrderView): void {
    this.draft = readStored<Draft<ComplaintDraft>>(this.#draftName) ?? {
      key: newIdempotencyKey(),
      data: { step: "describe", subject: "", description: "", category: "", lineId: "", channel: "" },
    };
  }

  #update(change: Partial<ComplaintDraft>): void {
    Object.assign(this.draft!.data, change);
    writeStored(this.#draftName, this.draft);
    this.requestUpdate();
  }

  #goto(step: ComplaintStep): void {
    this.#update({ step });
    this.errors = {};
    this.problem = undefined;
    emit(this, "aftersales-step", { step });
    void this.focusAfterUpdate("h2");
  }

  /** Asks the store's classifier for a category; the shopper may still choose another. */
  async #classify(): Promise<void> {
    const text = `${this.draft!.data.subject}\n${this.draft!.data.description}`.trim();
    if (text === this.#classified) return;
    this.#classified = text;
    const result = await this.client.classify(text, this.textLocale);
    if (!result.ok) return; // A suggestion is a convenience: without one the shopper just chooses.
    this.suggested = result.value.suggestions[0]?.category;
    if (this.suggested && !this.draft!.data.category) this.#update({ category: this.suggested });
  }

  #next(event: SubmitEvent): void {
    event.preventDefault();
    const t = this.t!;
    const data = this.draft!.data;
    if (data.step === "describe") {
      if ([...data.description.trim()].length < minDescription) {
        this.errors = { description: t("descriptionShort", { min: minDescription }) };
        void this.focusAfterUpdate("#description");
        return;
      }
      void this.#classify();
      this.#goto("details");
      return;
    }
    if (data.step === "details") {
      if (this.kind === "complaint" && !data.category) {
        this.errors = { category: t("categoryMissing") };
        void this.focusAfterUpdate("input[name=category]");
        return;
      }
      this.#goto("review");
      return;
    }
    void this.#submit();
  }

  async #submit(): Promise<void> {
    if (this.busy) return;
    const draft = this.draft!;
    const data = draft.data;
    const body: NewCase = {
      kind: this.kind,
      description: data.description.trim(),
      locale: this.textLocale,
      ...(data.subject.trim() ? { subject: data.subject.trim() } : {}),
      ...(data.category ? { category: data.category } : {}),
      ...(data.channel ? { contactChannel: data.channel } : {}),
      ...(data.lineId ? { lines: [{ lineId: data.lineId, quantity: 1 }] } : {}),
    };
    const key = keyForBody(draft, JSON.stringify(body));
    writeStored(this.#draftName, draft);
    this.busy = true;
    this.problem = undefined;
    const result = await this.client.createCase(body, key);
    this.busy = false;
    if (!result.ok) return this.fail(result.problem, "create_case");
    writeStored(this.#draftName, undefined);
    this.created = result.value;
    emit(this, "aftersales-case-created", {
      caseId: result.value.id,
      kind: result.value.kind,
      case: result.value,
      replayed: result.replayed,
    });
    void this.#focusStatus();
  }

  #categoryLabel(id: string): string {
    const category = this.config?.complaintCategories.find((c) => c.id === id);
    return pickLabel(category?.labels, this.textLocale, humanize(id));
  }

  #channelLabel(t: Translate, channel: string): string {
    const key = knownKey(t, "channel", channel);
    return key ? t(key) : humanize(channel);
  }

  async #focusStatus(): Promise<void> {
    await this.updateComplete;
    const status = this.renderRoot.querySelector("aftersales-case-status");
    await status?.ready();
    status?.focus();
  }

  protected override renderContent(t: Translate): unknown {
    return this.renderWithOrder(t, (order) => {
      if (this.created) {
        return html`<p class="note" role="status">${t("sent")}</p>
          <aftersales-case-status
          exportparts=${allParts}
          style="--aftersales-padding: 0"
            .caseId=${this.created.id}
            .api=${this.api}
            .store=${this.store}
            .fetch=${this.fetch}
            .locale=${this.locale}
            .sessionToken=${this.client.token}
            .config=${this.config}
          ></aftersales-case-status>`;
      }
      if (!this.draft) return "";
      const step = this.draft.data.step;
      const steps = Object.keys(stepTitle) as ComplaintStep[];
      return html`<form part="form" novalidate @submit=${this.#next}>
        <p class="muted">${this.kind === "inquiry" ? t("inquiryTitle") : t("complaintTitle")} · ${t("step", {
          n: steps.indexOf(step) + 1,
          total: steps.length,
        })}</p>
        <h2 tabindex="-1" part="title">${t(stepTitle[step])}</h2>
        ${this.renderProblem(t, this.problem, () => (step === "review" ? void this.#submit() : void this.start()))}
        ${step === "describe" ? this.#renderDescribe(t) : step === "details" ? this.#renderDetails(t, order) : this.#renderReview(t, order)}
        <div class="actions">
          <button class="primary" part="button primary-button" type="submit" ?disabled=${this.busy}>
            ${step === "review" ? t("send") : t("next")}
          </button>
          ${
            step === "describe"
              ? ""
              : html`<button type="button" part="button" @click=${() => this.#goto(step === "review" ? "details" : "describe")}>
                  ${t("back")}
                </button>`
          }
          ${this.busy ? this.renderBusy(t("submitting")) : ""}
        </div>
      </form>`;
    });
  }

  #renderDescribe(t: Translate): TemplateResult {
    const data = this.draft!.data;
    const error = this.errors.description;
    return html`<div class="field" part="field">
        <label for="subject">${t("subject")} <span class="muted">(${t("optional")})</span></label>
        <input
          id="subject"
          part="input"
          .value=${data.subject}
          @input=${(e: Event) => this.#update({ subject: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field" part="field">
        <label for="description">${this.kind === "inquiry" ? t("question") : t("description")}</label>
        <textarea
          id="description"
          part="input"
          aria-invalid=${error ? "true" : "false"}
          aria-describedby=${error ? "description-error" : nothing}
          .value=${data.description}
          @input=${(e: Event) => this.#update({ description: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${error ? html`<p class="error" id="description-error">${error}</p>` : ""}
      </div>`;
  }

  #renderDetails(t: Translate, order: OrderView): TemplateResult {
    const data = this.draft!.data;
    const config = this.config;
    const error = this.errors.category;
    return html`<fieldset aria-describedby=${error ? "category-error" : nothing}>
        <legend>${t("category")}${this.kind === "inquiry" ? html` <span class="muted">(${t("optional")})</span>` : ""}</legend>
        ${error ? html`<p class="error" id="category-error">${error}</p>` : ""}
        <div class="categories">
          ${(config?.complaintCategories ?? []).map(
            (c) => html`<label class="check">
              <input
                type="radio"
                name="category"
                .value=${c.id}
                .checked=${data.category === c.id}
                @change=${() => this.#update({ category: c.id })}
              />
              <span>${this.#categoryLabel(c.id)} ${this.suggested === c.id ? html`<span class="tag">(${t("suggested")})</span>` : ""}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field" part="field">
        <label for="line">${t("aboutItem")}</label>
        <select id="line" part="input" @change=${(e: Event) => this.#update({ lineId: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!data.lineId}>${t("wholeOrder")}</option>
          ${order.lines.map((l) => html`<option .value=${l.id} ?selected=${data.lineId === l.id}>${l.title}</option>`)}
        </select>
      </div>
      ${
        config?.contactChannels.length
          ? html`<fieldset>
              <legend>${t("contactBy")}</legend>
              <div class="channels">
                ${config.contactChannels.map(
                  (c) => html`<label class="check">
                    <input
                      type="radio"
                      name="channel"
                      .value=${c}
                      .checked=${data.channel === c}
                      @change=${() => this.#update({ channel: c })}
                    />
                    ${this.#channelLabel(t, c)}
                  </label>`,
                )}
              </div>
            </fieldset>`
          : ""
      }`;
  }

  #renderReview(t: Translate, order: OrderView): TemplateResult {
    const data = this.draft!.data;
    const line = order.lines.find((l) => l.id === data.lineId);
    const row = (label: string, value: string) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : "");
    return html`<dl class="summary">
      ${row(t("subject"), data.subject)}
      ${row(this.kind === "inquiry" ? t("question") : t("description"), data.description)}
      ${row(t("category"), data.category ? this.#categoryLabel(data.category) : "")}
      ${row(t("aboutItem"), line ? line.title : t("wholeOrder"))}
      ${row(t("contactBy"), data.channel ? this.#channelLabel(t, data.channel) : "")}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-complaint-form-view": ComplaintFormView;
  }
}
