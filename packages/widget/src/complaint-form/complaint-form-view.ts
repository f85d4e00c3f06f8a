import { html, nothing } from "lit/html.js";
import type { NewCase, OrderView } from "../api/types.js";
import type { Translate } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { humanize, storeLabel } from "../shared/order-text.js";
import { StepForm } from "../shared/step-form.js";
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

/** What `<aftersales-complaint-form>` shows and does; loaded on first use (see `complaint-form.ts`). */
export class ComplaintFormView extends StepForm<ComplaintDraft> {
  static override styles = [...StepForm.styles, complaintFormStyles];

  static override properties = {
    ...StepForm.properties,
    kind: {},
    suggested: { state: true },
  };

  /** `complaint` (default) or `inquiry` (a question). */
  declare kind: "complaint" | "inquiry";
  /** The category the store's classifier suggests for the text. */
  declare protected suggested: string | undefined;
  #classified = "";

  protected readonly titles = {
    describe: Msg.stepDescribe,
    details: Msg.stepDetails,
    review: Msg.stepReview,
  };
  protected readonly submitText = Msg.send;
  protected readonly steps: ComplaintStep[] = ["describe", "details", "review"];

  constructor() {
    super();
    this.kind = "complaint";
  }

  protected get draftName(): string {
    return `draft:${this.kind}:${this.store}:${this.order?.number}`;
  }

  protected override onOrder(): void {
    this.restore({ step: "describe", subject: "", description: "", category: "", lineId: "", channel: "" });
  }

  #update(change: Partial<ComplaintDraft>): void {
    Object.assign(this.draft!.data, change);
    this.save();
  }

  /** Asks the store's classifier for a category; the shopper may still choose another. */
  async #classify(): Promise<void> {
    const data = this.draft!.data;
    const text = `${data.subject}\n${data.description}`.trim();
    if (text === this.#classified) return;
    this.#classified = text;
    const result = await this.client.classify(text, this.textLocale);
    if (!result.ok) return; // A suggestion is a convenience: without one the shopper just chooses.
    this.suggested = result.value.suggestions[0]?.category;
    if (this.suggested && !data.category) this.#update({ category: this.suggested });
  }

  protected leave(step: ComplaintStep): boolean {
    const t = this.t!;
    const data = this.draft!.data;
    if (step === "describe") {
      if (
        this.invalid(
          [...data.description.trim()].length < minDescription
            ? { description: t(Msg.descriptionShort, { min: minDescription }) }
            : {},
        )
      )
        return false;
      void this.#classify();
    } else if (this.kind === "complaint" && !data.category) {
      return !this.invalid({ category: t(Msg.categoryMissing) }, "input[name=category]");
    }
    return true;
  }

  protected body(): NewCase {
    const data = this.draft!.data;
    return {
      kind: this.kind,
      description: data.description.trim(),
      locale: this.textLocale,
      ...(data.subject.trim() ? { subject: data.subject.trim() } : {}),
      ...(data.category ? { category: data.category } : {}),
      ...(data.channel ? { contactChannel: data.channel } : {}),
      ...(data.lineId ? { lines: [{ lineId: data.lineId, quantity: 1 }] } : {}),
    };
  }

  protected override label(t: Translate): unknown {
    return `${t(this.kind === "inquiry" ? Msg.inquiryTitle : Msg.complaintTitle)} · `;
  }

  #category(id: string): string {
    return storeLabel(this.config?.complaintCategories.find((c) => c.id === id)?.labels, this.textLocale, id);
  }

  #channel(t: Translate, channel: string): string {
    return t.code("channel", channel) ?? humanize(channel);
  }

  protected renderFields(t: Translate, step: ComplaintStep, order: OrderView): unknown {
    const data = this.draft!.data;
    const description = this.kind === "inquiry" ? t(Msg.question) : t(Msg.description);
    if (step === "describe")
      return html`${this.field("subject", this.optional(t, t(Msg.subject)), data.subject, (v) => this.#update({ subject: v }))}
      ${this.field("description", description, data.description, (v) => this.#update({ description: v }), { area: true })}`;
    const line = order.lines.find((l) => l.id === data.lineId);
    if (step === "review") {
      const row = (label: string, value: string) =>
        value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
      return html`<dl class="summary">
        ${row(t(Msg.subject), data.subject)} ${row(description, data.description)}
        ${row(t(Msg.category), data.category && this.#category(data.category))}
        ${row(t(Msg.aboutItem), line ? line.title : t(Msg.wholeOrder))}
        ${row(t(Msg.contactBy), data.channel && this.#channel(t, data.channel))}
      </dl>`;
    }
    const channels = this.config?.contactChannels ?? [];
    return html`<fieldset aria-describedby=${this.describedBy("category")}>
        <legend>${this.kind === "inquiry" ? this.optional(t, t(Msg.category)) : t(Msg.category)}</legend>
        ${this.errorText("category")}
        <div class="choices">
          ${(this.config?.complaintCategories ?? []).map((c) =>
            this.radio(
              "category",
              c.id,
              data.category === c.id,
              () => this.#update({ category: c.id }),
              html`${this.#category(c.id)}${this.suggested === c.id ? html` <span class="tag">(${t(Msg.suggested)})</span>` : nothing}`,
            ),
          )}
        </div>
      </fieldset>
      ${this.select(
        "line",
        t(Msg.aboutItem),
        [["", t(Msg.wholeOrder)], ...order.lines.map((l): [string, string] => [l.id, l.title])],
        data.lineId,
        (v) => this.#update({ lineId: v }),
      )}
      ${
        channels.length
          ? html`<fieldset>
              <legend>${t(Msg.contactBy)}</legend>
              <div class="choices">
                ${channels.map((c) => this.radio("channel", c, data.channel === c, () => this.#update({ channel: c }), this.#channel(t, c)))}
              </div>
            </fieldset>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-complaint-form-view": ComplaintFormView;
  }
}
