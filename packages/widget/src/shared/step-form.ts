import { html, nothing } from "lit/html.js";
import type { CaseView, NewCase, OrderView, Problem } from "../api/types.js";
import type { Translate } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { emit } from "./events.js";
import { OrderElement } from "./order-element.js";
import { type Draft, keyForBody, newIdempotencyKey, readStored, writeStored } from "./storage.js";

/**
 * A form in steps that ends in a new case: the return form and the complaint form. The draft
 * lives in the tab (sessionStorage) until the server accepts it, so a reload, a failed call or an
 * expired session loses nothing; every send of the same draft carries the same idempotency key.
 */
export abstract class StepForm<D extends { step: string }> extends OrderElement {
  static override properties = {
    ...OrderElement.properties,
    draft: { state: true },
    created: { state: true },
  };

  declare protected draft: Draft<D> | undefined;
  /** The case the server accepted; the form then shows its status. */
  declare protected created: CaseView | undefined;
  /** The draft came back from storage (the shopper is told so until they move on). */
  protected restored = false;

  /** Where the draft is kept in the tab. */
  protected abstract get draftName(): string;
  /** The steps for the current draft, in order. */
  protected abstract readonly steps: D["step"][];
  /** Each step's heading. */
  protected abstract readonly titles: Record<D["step"], Msg>;
  /** The text of the final submit button. */
  protected abstract readonly submitText: Msg;
  /** Checks a step before moving on (and starts what the next step needs). */
  protected abstract leave(step: D["step"]): boolean;
  /** The new case the draft asks for. */
  protected abstract body(): NewCase;
  /** The fields of a step. */
  protected abstract renderFields(t: Translate, step: D["step"], order: OrderView): unknown;

  /** Takes the stored draft for this order, or starts `fresh`. */
  protected restore(fresh: D): void {
    const stored = readStored<Draft<D>>(this.draftName);
    this.restored = !!stored;
    this.draft = stored ?? { key: newIdempotencyKey(), data: fresh };
  }

  /** Keeps the draft in the tab and renders it. */
  protected save(): void {
    writeStored(this.draftName, this.draft);
    this.requestUpdate();
  }

  /** Moves to a step and starts the shopper at its heading. */
  protected goto(step: D["step"]): void {
    this.restored = false;
    this.draft!.data.step = step;
    this.errors = {};
    this.problem = undefined;
    this.save();
    emit(this, "aftersales-step", { step });
    void this.focusAfterUpdate("h2");
  }

  #next = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.busy) return;
    const steps = this.steps;
    const step = this.draft!.data.step;
    const next = steps[steps.indexOf(step) + 1];
    if (!next) void this.send();
    else if (this.leave(step)) this.goto(next);
  };

  /** One step back (read at the click: two quick clicks go back two steps). */
  #back = (): void => {
    const steps = this.steps;
    this.goto(steps[Math.max(0, steps.indexOf(this.draft!.data.step) - 1)]!);
  };

  /** Sends the draft; a retry of the same body reuses its idempotency key. */
  protected async send(): Promise<Problem | undefined> {
    if (this.busy) return;
    const draft = this.draft!;
    const body = this.body();
    const key = keyForBody(draft, JSON.stringify(body));
    writeStored(this.draftName, draft);
    this.busy = true;
    this.problem = undefined;
    const result = await this.client.createCase(body, key);
    this.busy = false;
    if (!result.ok) {
      this.fail(result.problem, "create_case");
      return result.problem;
    }
    writeStored(this.draftName, undefined);
    const created = result.value;
    this.created = created;
    emit(this, "aftersales-case-created", {
      caseId: created.id,
      kind: created.kind,
      case: created,
      replayed: result.replayed,
    });
    await this.updateComplete;
    const status = this.renderRoot.querySelector("aftersales-case-status");
    await status?.ready();
    status?.focus();
  }

  /** Text before "Step n of m" (the complaint form names its kind there). */
  protected label(_t: Translate): unknown {
    return nothing;
  }

  protected override renderContent(t: Translate): unknown {
    return this.renderWithOrder(t, (order) => {
      if (this.created)
        return html`<p class="note" role="status">${t(Msg.sent)}</p>${this.renderStatus(this.created.id)}`;
      if (!this.draft) return nothing;
      const steps = this.steps;
      const step: D["step"] = this.draft.data.step;
      const n = steps.indexOf(step);
      const last = n === steps.length - 1;
      return html`<form part="form" novalidate @submit=${this.#next}>
        <p class="muted">${this.label(t)}${t(Msg.step, { n: n + 1, total: steps.length })}</p>
        <h2 tabindex="-1" part="title">${t(this.titles[step])}</h2>
        ${this.restored ? html`<p class="note">${t(Msg.draftRestored)}</p>` : nothing}
        ${this.renderProblem(t, () => void (last ? this.send() : this.start()))}
        ${this.renderFields(t, step, order)}
        <div class="actions">
          ${this.submitButton(t(last ? this.submitText : Msg.next))}
          ${n ? this.button(t(Msg.back), this.#back) : nothing}
          ${this.busy ? this.renderBusy(t(last ? Msg.submitting : Msg.checking)) : nothing}
        </div>
      </form>`;
    });
  }
}
