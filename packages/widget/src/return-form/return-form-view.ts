import { html, nothing, type TemplateResult } from "lit/html.js";
import type { Decision, Money, NewCase, OrderLineView, OrderView, RequestedLine } from "../api/types.js";
import { formatBytes, formatMoney, type Translate } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { reasonsText, resolutionLabel, storeLabel } from "../shared/order-text.js";
import { StepForm } from "../shared/step-form.js";
import { returnFormStyles } from "./return-form.styles.js";

/** The steps of a return, in order; `photos` only when a chosen line needs evidence. */
export type ReturnStep = "items" | "resolution" | "photos" | "review";

interface LineChoice {
  selected: boolean;
  quantity: number;
  reason: string;
  resolution: string;
  note: string;
}

interface ReturnDraft {
  step: ReturnStep;
  lines: Record<string, LineChoice>;
  /** Uploaded photos per line (the files themselves are on the server). */
  photos: Record<string, { id: string; name: string }[]>;
}

interface Photo {
  name: string;
  /** The attachment id, once uploaded. */
  id?: string;
  /** An object URL for the preview. */
  url?: string;
}

/** What `<aftersales-return-form>` shows and does; loaded on first use (see `return-form.ts`). */
export class ReturnFormView extends StepForm<ReturnDraft> {
  static override styles = [...StepForm.styles, returnFormStyles];

  static override properties = {
    ...StepForm.properties,
    decision: { state: true },
  };

  declare protected decision: Decision | undefined;
  #photos = new Map<string, Photo[]>();

  protected readonly titles = {
    items: Msg.stepItems,
    resolution: Msg.stepResolution,
    photos: Msg.stepPhotos,
    review: Msg.stepReview,
  };
  protected readonly submitText = Msg.submitReturn;

  protected get draftName(): string {
    return `draft:return:${this.store}:${this.order?.number}`;
  }

  protected override onOrder(order: OrderView): void {
    this.restore({ step: "items", lines: {}, photos: {} });
    const data = this.draft!.data;
    for (const line of order.lines) {
      data.lines[line.id] ??= {
        selected: false,
        quantity: 1,
        reason: "",
        resolution: line.eligibility.resolutions[0] ?? "",
        note: "",
      };
    }
    this.#photos = new Map(
      Object.entries(data.photos).map(([lineId, photos]) => [
        lineId,
        photos.map((p) => this.#preview({ ...p })),
      ]),
    );
    if (data.step !== "items") void this.#check();
  }

  /** A restored photo's preview, fetched back from the server that keeps it. */
  #preview(photo: Photo): Photo {
    void this.client.attachment(photo.id!).then((r) => {
      if (r.ok) {
        photo.url = URL.createObjectURL(r.value);
        this.requestUpdate();
      }
    });
    return photo;
  }

  protected override save(): void {
    this.draft!.data.photos = Object.fromEntries(
      [...this.#photos].map(([lineId, photos]) => [
        lineId,
        photos.flatMap(({ id, name }) => (id ? [{ id, name }] : [])),
      ]),
    );
    super.save();
  }

  #update(lineId: string, change: Partial<LineChoice>): void {
    Object.assign(this.draft!.data.lines[lineId]!, change);
    this.save();
  }

  get #chosen(): [OrderLineView, LineChoice][] {
    const lines = this.draft?.data.lines ?? {};
    return (this.order?.lines ?? []).flatMap((l) => (lines[l.id]?.selected ? [[l, lines[l.id]!]] : []));
  }

  #decided(lineId: string): Decision["lines"][number] | undefined {
    return this.decision?.lines.find((l) => l.lineId === lineId);
  }

  #requested(): RequestedLine[] {
    return this.#chosen.map(([line, choice]) => ({
      lineId: line.id,
      quantity: choice.quantity,
      reason: choice.reason,
      resolution: choice.resolution,
      ...(choice.note.trim() ? { note: choice.note.trim() } : {}),
    }));
  }

  #needsPhotos(lineId: string): boolean {
    const decided = this.#decided(lineId);
    if (decided?.status === "ineligible") return false;
    const reason = this.draft?.data.lines[lineId]?.reason;
    return (
      decided?.evidenceRequired === "photo" ||
      this.config?.returnReasons.find((r) => r.code === reason)?.evidence === "photo"
    );
  }

  protected get steps(): ReturnStep[] {
    return this.#chosen.some(([l]) => this.#needsPhotos(l.id))
      ? ["items", "resolution", "photos", "review"]
      : ["items", "resolution", "review"];
  }

  /** Asks the policy for fees, refund and evidence for the current choice. */
  async #check(): Promise<void> {
    const lines = this.#requested();
    if (!lines.length) return;
    this.busy = true;
    const result = await this.client.eligibility(lines, this.textLocale);
    this.busy = false;
    if (result.ok) {
      this.decision = result.value;
      this.problem = undefined;
    } else this.fail(result.problem, "eligibility");
  }

  protected override onLocale(): void {
    super.onLocale();
    // The decision's reasons are in the language it was asked in.
    if (this.decision) void this.#check();
  }

  protected leave(step: ReturnStep): boolean {
    const t = this.t!;
    const errors: Record<string, string> = {};
    if (step === "items") {
      const chosen = this.#chosen;
      if (!chosen.length) errors.items = t(Msg.noItemChosen);
      for (const [line, choice] of chosen)
        if (!choice.reason) errors[`reason-${line.id}`] = t(Msg.reasonMissing, { title: line.title });
      if (this.invalid(errors, errors.items && "input[type=checkbox]")) return false;
      this.decision = undefined;
      void this.#check();
      return true;
    }
    if (step === "photos") {
      for (const [line] of this.#chosen) {
        if (this.#needsPhotos(line.id) && !this.#photos.get(line.id)?.some((p) => p.id))
          errors[`photos-${line.id}`] = t(Msg.photosNeeded, { title: line.title });
      }
      return !this.invalid(errors);
    }
    return !!this.decision;
  }

  protected body(): NewCase {
    const lines = this.#requested().filter((l) => this.#decided(l.lineId)?.status !== "ineligible");
    return {
      kind: lines.every((l) => l.resolution === "exchange") ? "exchange" : "return",
      lines,
      description: lines.flatMap((l) => (l.note ? [l.note] : [])).join("\n"),
      attachments: [...this.#photos.values()].flat().flatMap((p) => (p.id ? [p.id] : [])),
      locale: this.textLocale,
    };
  }

  protected override async send() {
    const problem = await super.send();
    // A refusal (`ineligible`) carries the decision that explains it.
    if (problem?.decision) this.decision = problem.decision;
    return problem;
  }

  #addPhotos(line: OrderLineView, input: HTMLInputElement): void {
    const t = this.t!;
    const limits = this.config?.attachments ?? { maxBytes: 10_485_760, maxPerCase: 5, types: [] };
    const files = [...(input.files ?? [])];
    input.value = "";
    const photos = this.#photos.get(line.id) ?? [];
    this.#photos.set(line.id, photos);
    const messages: string[] = [];
    let count = [...this.#photos.values()].flat().length;
    const max = formatBytes(limits.maxBytes, this.tag);
    for (const file of files) {
      // Checked here so the shopper hears at once; the server checks the bytes again.
      if (limits.types.length && !limits.types.includes(file.type))
        messages.push(t(Msg.photoType, { name: file.name }));
      else if (file.size > limits.maxBytes) messages.push(t(Msg.photoTooBig, { name: file.name, max }));
      else if (count >= limits.maxPerCase) messages.push(t(Msg.photoLimit, { count: limits.maxPerCase }));
      else {
        count++;
        void this.#upload(photos, { name: file.name, url: URL.createObjectURL(file) }, file);
      }
    }
    this.errors = messages.length ? { [`photos-${line.id}`]: messages.join(" ") } : {};
  }

  async #upload(photos: Photo[], photo: Photo, file: File): Promise<void> {
    photos.push(photo);
    this.requestUpdate();
    const result = await this.client.upload(file);
    if (result.ok) photo.id = result.value.id;
    else {
      photos.splice(photos.indexOf(photo), 1);
      this.fail(result.problem, "upload");
    }
    this.save();
  }

  #removePhoto(photos: Photo[], photo: Photo, lineId: string): void {
    photos.splice(photos.indexOf(photo), 1);
    if (photo.url) URL.revokeObjectURL(photo.url);
    this.save();
    void this.focusAfterUpdate(`#file-${lineId}`);
  }

  protected renderFields(t: Translate, step: ReturnStep, order: OrderView): unknown {
    if (step === "items")
      return html`<fieldset aria-describedby=${this.describedBy("items")}>
        <legend class="sr">${t(Msg.stepItems)}</legend>
        ${this.errorText("items")}
        <ul>${order.lines.map((line) => this.#renderLine(t, line))}</ul>
      </fieldset>`;
    if (step === "resolution") return this.#renderResolution(t);
    if (step === "photos") return this.#renderPhotos(t);
    return this.#renderReview(t);
  }

  #renderLine(t: Translate, line: OrderLineView): TemplateResult {
    const { id, title } = line;
    if (line.eligibility.status === "ineligible" || !line.refundableQuantity)
      return html`<li class="card muted" part="line">
        ${t(Msg.notReturnable, { title, why: reasonsText(line.eligibility.reasons) || t(Msg.ineligible) })}
      </li>`;
    const choice = this.draft!.data.lines[id]!;
    const reasons = this.config?.returnReasons ?? [];
    return html`<li class="card" part="line">
      <label class="check">
        <input
          type="checkbox"
          .checked=${choice.selected}
          @change=${(e: Event) => this.#update(id, { selected: (e.target as HTMLInputElement).checked })}
        />
        <span>${t(Msg.returnThis, { title })}${line.variantTitle ? html` <span class="muted">(${line.variantTitle})</span>` : nothing}</span>
      </label>
      ${
        choice.selected
          ? html`<div class="details">
              ${this.select(
                `qty-${id}`,
                t(Msg.quantity),
                Array.from({ length: line.refundableQuantity }, (_, i) => [String(i + 1), i + 1]),
                String(choice.quantity),
                (v) => this.#update(id, { quantity: Number(v) }),
              )}
              ${this.select(
                `reason-${id}`,
                t(Msg.reason),
                [
                  ["", t(Msg.chooseReason)],
                  ...reasons.map((r): [string, string] => [
                    r.code,
                    storeLabel(r.labels, this.textLocale, r.code),
                  ]),
                ],
                choice.reason,
                (v) => this.#update(id, { reason: v }),
              )}
              ${this.field(`note-${id}`, this.optional(t, t(Msg.note)), choice.note, (v) => this.#update(id, { note: v }))}
            </div>`
          : nothing
      }
    </li>`;
  }

  /** Fee rows, then the total in bold. */
  #fees(t: Translate, rows: [Msg, string][], total: Msg, amount: Money, live?: boolean): TemplateResult {
    return html`<dl class="fees" aria-live=${live ? "polite" : nothing}>
      ${rows.map(([key, value]) => html`<dt>${t(key)}</dt><dd>${value}</dd>`)}
      <dt>${t(total)}</dt><dd>${formatMoney(amount, this.tag)}</dd>
    </dl>`;
  }

  #totals(t: Translate, decision: Decision): TemplateResult {
    const { fees, refundable } = decision.totals;
    return this.#fees(t, [[Msg.totalFees, formatMoney(fees, this.tag)]], Msg.totalRefund, refundable, true);
  }

  #renderResolution(t: Translate): unknown {
    const decision = this.decision;
    if (!decision) return nothing;
    const money = (m: Money) => (m.amount ? formatMoney(m, this.tag) : t(Msg.free));
    return html`${this.#chosen.map(([line, choice]) => {
      const decided = this.#decided(line.id);
      if (!decided) return nothing;
      if (decided.status === "ineligible")
        return html`<p class="card" part="line">${t(Msg.notReturnable, { title: line.title, why: reasonsText(decided.reasons) })}</p>`;
      const { restocking, returnShipping } = decided.fees;
      return html`<fieldset class="card options" part="line">
        <legend>${line.title} × ${choice.quantity}</legend>
        ${decided.status === "needs_review" ? html`<p class="muted">${t(Msg.reviewedByTeam)}</p>` : nothing}
        ${decided.resolutions.map((r) =>
          this.radio(
            `res-${line.id}`,
            r,
            choice.resolution === r,
            () => {
              this.#update(line.id, { resolution: r });
              void this.#check();
            },
            resolutionLabel(t, r),
          ),
        )}
        ${this.#fees(
          t,
          [
            [Msg.restockingFee, money(restocking)],
            [Msg.returnShipping, money(returnShipping)],
          ],
          Msg.refundEstimate,
          decided.refundable,
        )}
        ${
          decided.storeCreditBonus && choice.resolution === "store_credit"
            ? html`<p>${t(Msg.creditBonus, { amount: formatMoney(decided.storeCreditBonus, this.tag) })}</p>`
            : nothing
        }
      </fieldset>`;
    })}
    ${this.#totals(t, decision)}`;
  }

  #renderPhotos(t: Translate): unknown {
    const limits = this.config?.attachments;
    return this.#chosen
      .filter(([line]) => this.#needsPhotos(line.id))
      .map(([line]) => {
        const photos = this.#photos.get(line.id) ?? [];
        const id = `photos-${line.id}`;
        return html`<fieldset class="card" part="line" aria-describedby="${id}-rules ${this.errors[id] ? `${id}-error` : ""}">
          <legend id=${id} tabindex="-1">${t(Msg.photosFor, { title: line.title })}</legend>
          <p class="hint" id="${id}-rules">
            ${limits ? t(Msg.photoRules, { max: formatBytes(limits.maxBytes, this.tag), count: limits.maxPerCase }) : nothing}
          </p>
          ${this.errorText(id)}
          <ul class="photos">
            ${photos.map(
              (p) => html`<li part="photo">
                ${p.url ? html`<img src=${p.url} alt=${t(Msg.photoOf, { name: p.name })} />` : nothing}
                <span>${p.id ? p.name : t(Msg.uploading, { name: p.name })}</span>
                ${this.button(html`${t(Msg.remove)}<span class="sr"> ${p.name}</span>`, () => this.#removePhoto(photos, p, line.id), true)}
              </li>`,
            )}
          </ul>
          <label class="file">
            <span>${t(Msg.addPhotos)}</span>
            <input
              id="file-${line.id}"
              type="file"
              multiple
              accept=${limits?.types.join(",") ?? "image/*"}
              @change=${(e: Event) => this.#addPhotos(line, e.target as HTMLInputElement)}
            />
          </label>
        </fieldset>`;
      });
  }

  #renderReview(t: Translate): unknown {
    const decision = this.decision;
    return html`<ul>
        ${this.#chosen.map(([line, choice]) => {
          const decided = this.#decided(line.id);
          if (decided?.status === "ineligible") return nothing;
          const photos = this.#photos.get(line.id)?.length;
          const reason = this.config?.returnReasons.find((r) => r.code === choice.reason);
          return html`<li class="card" part="line">
            <strong>${line.title} × ${choice.quantity}</strong>
            <div class="muted">
              ${storeLabel(reason?.labels, this.textLocale, choice.reason)} · ${resolutionLabel(t, choice.resolution)}
            </div>
            ${choice.note ? html`<div>${choice.note}</div>` : nothing}
            ${photos ? html`<div class="muted">${t(Msg.stepPhotos)}: ${photos}</div>` : nothing}
            ${decided ? html`<div>${t(Msg.refundEstimate)}: ${formatMoney(decided.refundable, this.tag)}</div>` : nothing}
          </li>`;
        })}
      </ul>
      ${decision ? this.#totals(t, decision) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-return-form-view": ReturnFormView;
  }
}
