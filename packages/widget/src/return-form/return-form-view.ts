import { html, nothing, type TemplateResult } from "lit";
import type {
  CaseView,
  Decision,
  NewCase,
  OrderLineView,
  OrderView,
  RequestedLine,
  StoreConfig,
} from "../api/types.js";
import { formatBytes, formatMoney, type Translate } from "../i18n/i18n.js";
import { emit } from "../shared/events.js";
import { OrderElement } from "../shared/order-element.js";
import { reasonText, resolutionLabel, returnReasonLabel } from "../shared/order-text.js";
import { allParts } from "../shared/shell.js";
import { type Draft, keyForBody, newIdempotencyKey, readStored, writeStored } from "../shared/storage.js";
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
  photos: Record<string, { id: string; name: string }[]>;
}

interface Photo {
  name: string;
  id?: string;
  url?: string;
}

const stepTitle = {
  items: "stepItems",
  resolution: "stepResolution",
  photos: "stepPhotos",
  review: "stepReview",
} as const;

/** What `<aftersales-return-form>` shows and does; loaded on first use (see `return-form.ts`). */
export class ReturnFormView extends OrderElement {
  static override styles = [...OrderElement.styles, returnFormStyles];

  static override properties = {
    ...OrderElement.properties,
    draft: { state: true },
    decision: { state: true },
    errors: { state: true },
    created: { state: true },
  };

  declare protected draft: Draft<ReturnDraft> | undefined;
  declare protected decision: Decision | undefined;
  declare protected errors: Record<string, string>;
  declare protected created: CaseView | undefined;
  #photos = new Map<string, Photo[]>();
  #restored = false;

  constructor() {
    super();
    this.errors = {};
  }

  get #draftName(): string {
    return `draft:return:${this.store}:${this.order?.number}`;
  }

  protected override onOrder(order: OrderView): void {
    const stored = readStored<Draft<ReturnDraft>>(this.#draftName);
    this.#restored = !!stored;
    const lines: Record<string, LineChoice> = {};
    for (const line of order.lines) {
      lines[line.id] = stored?.data.lines[line.id] ?? {
        selected: false,
        quantity: 1,
        reason: "",
        resolution: line.eligibility.resolutions[0] ?? "",
        note: "",
      };
    }
    this.draft = stored
      ? { ...stored, data: { ...stored.data, lines } }
      : { key: newIdempotencyKey(), data: { step: "items", lines, photos: {} } };
    this.#photos = new Map(Object.entries(this.draft.data.photos));
    if (this.draft.data.step !== "items") void this.#check();
  }

  #save(): void {
    const draft = this.draft!;
    draft.data.photos = Object.fromEntries(
      [...this.#photos].map(([lineId, photos]) => [
        lineId,
        photos.filter((p) => p.id).map((p) => ({ id: p.id!, name: p.name })),
      ]),
    );
    writeStored(this.#draftName, draft);
    this.requestUpdate();
  }

  #update(lineId: string, change: Partial<LineChoice>): void {
    Object.assign(this.draft!.data.lines[lineId]!, change);
    this.#save();
  }

  get #chosen(): [OrderLineView, LineChoice][] {
    const lines = this.draft?.data.lines ?? {};
    return (this.order?.lines ?? []).flatMap((l) => (lines[l.id]?.selected ? [[l, lines[l.id]!]] : []));
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
    const decided = this.decision?.lines.find((l) => l.lineId === lineId);
    if (decided?.status === "ineligible") return false;
    const reason = this.draft?.data.lines[lineId]?.reason;
    return (
      decided?.evidenceRequired === "photo" ||
      this.config?.returnReasons.find((r) => r.code === reason)?.evidence === "photo"
    );
  }

  get #steps(): ReturnStep[] {
    const photos = this.#chosen.some(([l]) => this.#needsPhotos(l.id));
    return photos ? ["items", "resolution", "photos", "review"] : ["items", "resolution", "review"];
  }

  #goto(step: ReturnStep): void {
    this.#restored = false;
    this.draft!.data.step = step;
    this.errors = {};
    this.problem = undefined;
    this.#save();
    emit(this, "aftersales-step", { step });
    void this.focusAfterUpdate("h2");
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

  #validateItems(): boolean {
    const t = this.t!;
    const errors: Record<string, string> = {};
    const chosen = this.#chosen;
    if (!chosen.length) errors.items = t("noItemChosen");
    for (const [line, choice] of chosen) {
      if (!choice.reason) errors[`reason-${line.id}`] = t("reasonMissing", { title: line.title });
    }
    this.errors = errors;
    const first = Object.keys(errors)[0];
    if (first) void this.focusAfterUpdate(first === "items" ? "input[type=checkbox]" : `#${first}`);
    return !first;
  }

  #validatePhotos(): boolean {
    const errors: Record<string, string> = {};
    for (const [line] of this.#chosen) {
      if (this.#needsPhotos(line.id) && !this.#photos.get(line.id)?.some((p) => p.id)) {
        errors[`photos-${line.id}`] = this.t!("photosNeeded", { title: line.title });
      }
    }
    this.errors = errors;
    const first = Object.keys(errors)[0];
    if (first) void this.focusAfterUpdate(`#${first}`);
    return !first;
  }

  #next(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    const steps = this.#steps;
    const step = this.draft!.data.step;
    if (step === "items") {
      if (!this.#validateItems()) return;
      this.decision = undefined;
      void this.#check();
    }
    if (step === "resolution" && !this.decision) return;
    if (step === "photos" && !this.#validatePhotos()) return;
    if (step === "review") {
      void this.#submit();
      return;
    }
    this.#goto(steps[steps.indexOf(step) + 1]!);
  }

  #back(): void {
    const steps = this.#steps;
    this.#goto(steps[Math.max(0, steps.indexOf(this.draft!.data.step) - 1)]!);
  }

  async #submit(): Promise<void> {
    if (this.busy) return;
    const draft = this.draft!;
    const lines = this.#requested().filter(
      (l) => this.decision?.lines.find((d) => d.lineId === l.lineId)?.status !== "ineligible",
    );
    const body: NewCase = {
      kind: lines.every((l) => l.resolution === "exchange") ? "exchange" : "return",
      lines,
      description: lines.flatMap((l) => (l.note ? [l.note] : [])).join("\n"),
      attachments: [...this.#photos.values()].flat().flatMap((p) => (p.id ? [p.id] : [])),
      locale: this.textLocale,
    };
    const key = keyForBody(draft, JSON.stringify(body));
    writeStored(this.#draftName, draft);
    this.busy = true;
    this.problem = undefined;
    const result = await this.client.createCase(body, key);
    this.busy = false;
    if (!result.ok) {
      if (result.problem.decision) this.decision = result.problem.decision;
      this.fail(result.problem, "create_case");
      return;
    }
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

  async #addPhotos(line: OrderLineView, input: HTMLInputElement): Promise<void> {
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
        messages.push(t("photoType", { name: file.name }));
      else if (file.size > limits.maxBytes) messages.push(t("photoTooBig", { name: file.name, max }));
      else if (count >= limits.maxPerCase) messages.push(t("photoLimit", { count: limits.maxPerCase }));
      else {
        count++;
        void this.#upload(photos, { name: file.name, url: URL.createObjectURL(file) }, file);
      }
    }
    this.errors = messages.length ? { [`photos-${line.id}`]: messages.join(" ") } : {};
    this.requestUpdate();
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
    this.#save();
  }

  #removePhoto(photos: Photo[], photo: Photo, lineId: string): void {
    photos.splice(photos.indexOf(photo), 1);
    if (photo.url) URL.revokeObjectURL(photo.url);
    this.#save();
    void this.focusAfterUpdate(`#file-${lineId}`);
  }

  async #focusStatus(): Promise<void> {
    await this.updateComplete;
    const status = this.renderRoot.querySelector("aftersales-case-status");
    await status?.ready();
    status?.focus();
  }

  protected override renderContent(t: Translate): unknown {
    return this.renderWithOrder(t, () => {
      if (this.created) return this.#renderCreated(t, this.created);
      if (!this.draft) return "";
      const steps = this.#steps;
      const step = this.draft.data.step;
      const last = step === "review";
      return html`<form part="form" novalidate @submit=${this.#next}>
        <p class="muted">${t("step", { n: steps.indexOf(step) + 1, total: steps.length })}</p>
        <h2 tabindex="-1" part="title">${t(stepTitle[step])}</h2>
        ${this.#restored ? html`<p class="note">${t("draftRestored")}</p>` : ""}
        ${this.renderProblem(t, this.problem, () => (last ? void this.#submit() : void this.start()))}
        ${
          step === "items"
            ? this.#renderItems(t)
            : step === "resolution"
              ? this.#renderResolution(t)
              : step === "photos"
                ? this.#renderPhotos(t)
                : this.#renderReview(t)
        }
        <div class="actions">
          <button class="primary" part="button primary-button" type="submit" ?disabled=${this.busy}>
            ${last ? t("submitReturn") : t("next")}
          </button>
          ${step === "items" ? "" : html`<button type="button" part="button" @click=${this.#back}>${t("back")}</button>`}
          ${this.busy ? this.renderBusy(last ? t("submitting") : t("checking")) : ""}
        </div>
      </form>`;
    });
  }

  #fieldError(id: string): TemplateResult | string {
    const error = this.errors[id];
    return error ? html`<p class="error" id="${id}-error">${error}</p>` : "";
  }

  #renderItems(t: Translate): TemplateResult {
    const tz = this.config?.store.timeZone;
    const reasons = this.config?.returnReasons ?? [];
    return html`<fieldset aria-describedby=${this.errors.items ? "items-error" : nothing}>
      <legend class="sr">${t("stepItems")}</legend>
      ${this.#fieldError("items")}
      <ul>
        ${this.order!.lines.map((line) => {
          const choice = this.draft!.data.lines[line.id]!;
          const open = line.eligibility.status !== "ineligible" && line.refundableQuantity > 0;
          const reasonId = `reason-${line.id}`;
          if (!open) {
            const why = line.eligibility.reasons.map((r) => reasonText(t, r, this.tag, tz)).join(" ");
            return html`<li class="card muted" part="line">${t("notReturnable", { title: line.title, why: why || t("ineligible") })}</li>`;
          }
          return html`<li class="card choice" part="line">
            <label class="check">
              <input
                type="checkbox"
                .checked=${choice.selected}
                @change=${(e: Event) => this.#update(line.id, { selected: (e.target as HTMLInputElement).checked })}
              />
              <span>${t("returnThis", { title: line.title })}${line.variantTitle ? html` <span class="muted">(${line.variantTitle})</span>` : ""}</span>
            </label>
            ${
              choice.selected
                ? html`<div class="details">
                    <div class="field" part="field">
                      <label for="qty-${line.id}">${t("quantity")}</label>
                      <select
                        id="qty-${line.id}"
                        part="input"
                        @change=${(e: Event) => this.#update(line.id, { quantity: Number((e.target as HTMLSelectElement).value) })}
                      >
                        ${Array.from(
                          { length: line.refundableQuantity },
                          (_, i) =>
                            html`<option .value=${String(i + 1)} ?selected=${choice.quantity === i + 1}>${i + 1}</option>`,
                        )}
                      </select>
                    </div>
                    <div class="field" part="field">
                      <label for=${reasonId}>${t("reason")}</label>
                      <select
                        id=${reasonId}
                        part="input"
                        aria-invalid=${this.errors[reasonId] ? "true" : "false"}
                        aria-describedby=${this.errors[reasonId] ? `${reasonId}-error` : nothing}
                        @change=${(e: Event) => this.#update(line.id, { reason: (e.target as HTMLSelectElement).value })}
                      >
                        <option value="" ?selected=${!choice.reason}>${t("chooseReason")}</option>
                        ${reasons.map(
                          (r) =>
                            html`<option .value=${r.code} ?selected=${choice.reason === r.code}>
                              ${returnReasonLabel(t, this.config, r.code, this.textLocale)}
                            </option>`,
                        )}
                      </select>
                      ${this.#fieldError(reasonId)}
                    </div>
                    <div class="field wide" part="field">
                      <label for="note-${line.id}">${t("note")} <span class="muted">(${t("optional")})</span></label>
                      <input
                        id="note-${line.id}"
                        part="input"
                        .value=${choice.note}
                        @input=${(e: Event) => this.#update(line.id, { note: (e.target as HTMLInputElement).value })}
                      />
                    </div>
                  </div>`
                : ""
            }
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  #renderResolution(t: Translate): TemplateResult {
    const decision = this.decision;
    if (!decision) return html``;
    const tz = this.config?.store.timeZone;
    const money = (m: Parameters<typeof formatMoney>[0]) => (m.amount ? formatMoney(m, this.tag) : t("free"));
    return html`${this.#chosen.map(([line, choice]) => {
      const decided = decision.lines.find((l) => l.lineId === line.id);
      if (!decided) return "";
      if (decided.status === "ineligible") {
        const why = decided.reasons.map((r) => reasonText(t, r, this.tag, tz)).join(" ");
        return html`<div class="card" part="line"><p>${t("notReturnable", { title: line.title, why })}</p></div>`;
      }
      return html`<fieldset class="card options" part="line">
          <legend>${line.title} × ${choice.quantity}</legend>
          ${decided.status === "needs_review" ? html`<p class="muted">${t("reviewedByTeam")}</p>` : ""}
          ${decided.resolutions.map(
            (r) => html`<label class="check">
              <input
                type="radio"
                name="res-${line.id}"
                .value=${r}
                .checked=${choice.resolution === r}
                @change=${() => {
                  this.#update(line.id, { resolution: r });
                  void this.#check();
                }}
              />
              ${resolutionLabel(t, r)}
            </label>`,
          )}
          <dl class="fees">
            <dt>${t("restockingFee")}</dt>
            <dd>${money(decided.fees.restocking)}</dd>
            <dt>${t("returnShipping")}</dt>
            <dd>${money(decided.fees.returnShipping)}</dd>
            <dt class="total">${t("refundEstimate")}</dt>
            <dd class="total">${formatMoney(decided.refundable, this.tag)}</dd>
          </dl>
          ${decided.storeCreditBonus && choice.resolution === "store_credit" ? html`<p>${t("creditBonus", { amount: formatMoney(decided.storeCreditBonus, this.tag) })}</p>` : ""}
        </fieldset>`;
    })}
      ${this.#renderTotals(t, decision)}`;
  }

  #renderTotals(t: Translate, decision: Decision): TemplateResult {
    return html`<dl class="fees" aria-live="polite">
      <dt>${t("totalFees")}</dt>
      <dd>${formatMoney(decision.totals.fees, this.tag)}</dd>
      <dt class="total">${t("totalRefund")}</dt>
      <dd class="total">${formatMoney(decision.totals.refundable, this.tag)}</dd>
    </dl>`;
  }

  #renderPhotos(t: Translate): TemplateResult {
    const limits = this.config?.attachments;
    return html`${this.#chosen
      .filter(([line]) => this.#needsPhotos(line.id))
      .map(([line]) => {
        const photos = this.#photos.get(line.id) ?? [];
        const id = `photos-${line.id}`;
        return html`<fieldset class="card" part="line" aria-describedby="${id}-rules ${this.errors[id] ? `${id}-error` : ""}">
          <legend id=${id} tabindex="-1">${t("photosFor", { title: line.title })}</legend>
          <p class="hint" id="${id}-rules">
            ${limits ? t("photoRules", { max: formatBytes(limits.maxBytes, this.tag), count: limits.maxPerCase }) : ""}
          </p>
          ${this.#fieldError(id)}
          <ul class="photos">
            ${photos.map(
              (p) => html`<li part="photo">
                ${p.url ? html`<img src=${p.url} alt=${t("photoOf", { name: p.name })} />` : ""}
                <span class="name">${p.id ? p.name : t("uploading", { name: p.name })}</span>
                <button type="button" class="link" part="button" @click=${() => this.#removePhoto(photos, p, line.id)}>
                  ${t("remove")}<span class="sr"> ${p.name}</span>
                </button>
              </li>`,
            )}
          </ul>
          <label class="file-button">
            <span>${t("addPhotos")}</span>
            <input
              id="file-${line.id}"
              type="file"
              multiple
              accept=${limits?.types.join(",") ?? "image/*"}
              @change=${(e: Event) => void this.#addPhotos(line, e.target as HTMLInputElement)}
            />
          </label>
        </fieldset>`;
      })}`;
  }

  #renderReview(t: Translate): TemplateResult {
    const decision = this.decision;
    return html`<ul>
        ${this.#chosen.map(([line, choice]) => {
          const decided = decision?.lines.find((l) => l.lineId === line.id);
          if (decided?.status === "ineligible") return "";
          const photos = this.#photos.get(line.id)?.length ?? 0;
          return html`<li class="card" part="line">
            <strong>${line.title} × ${choice.quantity}</strong>
            <div class="muted">${returnReasonLabel(t, this.config, choice.reason, this.textLocale)} · ${resolutionLabel(t, choice.resolution)}</div>
            ${choice.note ? html`<div>${choice.note}</div>` : ""}
            ${photos ? html`<div class="muted">${t("stepPhotos")}: ${photos}</div>` : ""}
            ${decided ? html`<div>${t("refundEstimate")}: ${formatMoney(decided.refundable, this.tag)}</div>` : ""}
          </li>`;
        })}
      </ul>
      ${decision ? this.#renderTotals(t, decision) : ""}`;
  }

  #renderCreated(t: Translate, created: CaseView): TemplateResult {
    return html`<p class="note" role="status">${t("sent")}</p>
      <aftersales-case-status
          exportparts=${allParts}
          style="--aftersales-padding: 0"
        .caseId=${created.id}
        .api=${this.api}
        .store=${this.store}
        .fetch=${this.fetch}
        .locale=${this.locale}
        .sessionToken=${this.client.token}
        .config=${this.config}
      ></aftersales-case-status>`;
  }

  protected override onConfig(_config: StoreConfig): void {
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-return-form-view": ReturnFormView;
  }
}
