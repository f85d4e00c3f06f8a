import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { AftersalesApi } from "../api/client.js";
import type { CaseView, Problem, StoreConfig, TimelineEvent } from "../api/types.js";
import { formatDateTime, formatMoney, pickLabel, type Translate, timeZoneName } from "../i18n/i18n.js";
import { AftersalesElement } from "../shared/base-element.js";
import { emit } from "../shared/events.js";
import { knownKey, resolutionLabel } from "../shared/order-text.js";
import { readStored } from "../shared/storage.js";
import { caseStatusStyles } from "./case-status.styles.js";

type Action = "messages" | "choice" | "cancel" | "rating";

/** Event types shown as messages rather than as timeline steps. */
const messageTypes = new Set(["message_posted", "information_requested"]);

/** What `<aftersales-case-status>` shows and does; loaded on first use (see `case-status.ts`). */
export class CaseStatusView extends AftersalesElement {
  static override styles = [...AftersalesElement.styles, caseStatusStyles];

  static override properties = {
    ...AftersalesElement.properties,
    caseId: { attribute: "case-id" },
    linkToken: { attribute: "link-token" },
    sessionToken: { attribute: "session-token" },
    config: { attribute: false },
    case: { state: true },
    problem: { state: true },
    busy: { state: true },
    errors: { state: true },
    confirmCancel: { state: true },
  };

  /** The case to show. */
  declare caseId: string | undefined;
  /** The case link token from an email (`?t=`), for use without an order session. */
  declare linkToken: string | undefined;
  /** The shopper's order session token; defaults to the one this tab already holds. */
  declare sessionToken: string | undefined;
  /** The store's configuration (time zone, hours); loaded from `store` when not given. */
  declare config: StoreConfig | undefined;
  declare protected case: CaseView | undefined;
  declare protected problem: Problem | undefined;
  declare protected busy: boolean;
  declare protected errors: Record<string, string>;
  declare protected confirmCancel: boolean;
  #client!: AftersalesApi;
  #message = "";
  #option = "";
  #score = 0;
  #comment = "";

  constructor() {
    super();
    this.busy = false;
    this.errors = {};
    this.confirmCancel = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has("caseId") || changed.has("linkToken") || changed.has("api") || changed.has("store")) {
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    const stored = readStored<{ token: string }>(`session:${this.api}|${this.store}`);
    this.#client = new AftersalesApi({
      api: this.api,
      store: this.store,
      fetch: this.fetch,
      token: this.sessionToken ?? stored?.token,
    });
    if (!this.config && this.store) {
      void this.#client.config().then((r) => {
        if (r.ok) this.config = r.value;
      });
    }
    if (!this.caseId) return;
    this.problem = undefined;
    this.busy = true;
    const result = await this.#client.getCase(this.caseId, this.linkToken);
    this.busy = false;
    if (result.ok) this.case = result.value;
    else this.#fail(result.problem, "case");
  }

  #fail(problem: Problem, operation: string): void {
    this.problem = problem;
    this.reportProblem(problem, operation);
  }

  async #act(action: Action, body: object): Promise<boolean> {
    if (this.busy || !this.case) return false;
    this.busy = true;
    this.problem = undefined;
    const result = await this.#client.act(this.case.id, action, body, this.linkToken);
    this.busy = false;
    if (!result.ok) {
      this.#fail(result.problem, action);
      return false;
    }
    this.case = result.value;
    emit(this, "aftersales-case-updated", { action, case: result.value });
    return true;
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.#message.trim()) {
      this.errors = { message: this.t!("messageEmpty") };
      return void this.focusAfterUpdate("#message");
    }
    this.errors = {};
    if (await this.#act("messages", { body: this.#message.trim() })) {
      this.#message = "";
      // The bound value was "" before and is "" again, so Lit would leave the sent text in place.
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>("#message");
      if (field) field.value = "";
    }
  }

  async #choose(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.#option) {
      this.errors = { option: this.t!("solutionMissing") };
      return void this.focusAfterUpdate("input[name=option]");
    }
    this.errors = {};
    await this.#act("choice", { optionId: this.#option });
  }

  async #rate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.#score) return void this.focusAfterUpdate("input[name=score]");
    const comment = this.#comment.trim();
    await this.#act("rating", comment ? { score: this.#score, comment } : { score: this.#score });
  }

  async #cancel(): Promise<void> {
    if (await this.#act("cancel", {})) this.confirmCancel = false;
  }

  protected override renderContent(t: Translate): unknown {
    const c = this.case;
    if (!this.caseId)
      return html`<div role="alert" part="error"><p>${t("error.setup", { what: "case-id" })}</p></div>`;
    if (!c) {
      return html`${this.renderProblem(t, this.problem, () => void this.#load())}${
        this.problem ? "" : this.renderBusy(t("loading"))
      }`;
    }
    const tz = this.config?.store.timeZone;
    const kind = t(`kind.${c.kind}`);
    const actions = new Set(c.allowedActions);
    const messages = c.timeline.filter((e) => messageTypes.has(e.type));
    const steps = c.timeline.filter((e) => !messageTypes.has(e.type));
    const item = c.itemProgress ? knownKey(t, "item", c.itemProgress) : undefined;
    return html`<h2 tabindex="-1" part="title">
        ${c.order ? t("caseTitle", { kind, number: c.order.number }) : t("caseTitleNoOrder", { kind })}
      </h2>
      <p>
        <span class="status" part="status" data-status=${c.status}>${t(`status.${c.status}`)}</span>
        <span class="muted">· ${t("openedOn", { date: formatDateTime(c.openedAt, this.tag, tz) })}</span>
      </p>
      ${item ? html`<p><strong>${t(item)}</strong></p>` : ""}
      ${this.#renderPromise(t, c)}
      ${this.renderProblem(t, this.problem, () => void this.#load())}
      ${c.options?.length && actions.has("choose_option") ? this.#renderOptions(t, c) : ""}
      ${
        c.returnInstructions
          ? html`<section aria-labelledby="instructions">
              <h3 id="instructions">${t("returnInstructions")}</h3>
              <p class="instructions">${c.returnInstructions}</p>
            </section>`
          : ""
      }
      ${c.rating ? html`<p class="note" role="status">${t("ratedThanks", { score: c.rating.score })}</p>` : actions.has("rate") ? this.#renderRating(t) : ""}
      <section aria-labelledby="messages">
        <h3 id="messages">${t("messages")}</h3>
        ${
          messages.length
            ? html`<ul class="messages" part="messages">
                ${messages.map(
                  (e) => html`<li data-actor=${e.actor}>
                    <span class="muted">${t(`actor.${e.actor}`)} · ${formatDateTime(e.at, this.tag, tz)}</span><br />${String(e.data?.body ?? "")}
                  </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t("noMessages")}</p>`
        }
        ${actions.has("post_message") ? this.#renderMessageForm(t) : ""}
      </section>
      <section aria-labelledby="history">
        <h3 id="history">${t("history")}</h3>
        <ol part="timeline">
          ${steps.map(
            (e) => html`<li>
              <strong>${this.#eventText(t, e)}</strong><br />
              <span class="muted">${t(`actor.${e.actor}`)} · <time datetime=${e.at}>${formatDateTime(e.at, this.tag, tz)}</time></span>
            </li>`,
          )}
        </ol>
      </section>
      ${actions.has("cancel") ? this.#renderCancel(t) : ""}`;
  }

  #renderPromise(t: Translate, c: CaseView): TemplateResult | string {
    const promise = c.promise;
    if (!promise) return "";
    const tz = this.config?.store.timeZone;
    const hours = pickLabel(this.config?.store.hoursDescription, this.textLocale, "");
    return html`<div part="promise">
      <strong>${
        promise.state === "paused"
          ? t("promisePaused")
          : t(`promise.${promise.target}`, { when: formatDateTime(promise.dueAt, this.tag, tz) })
      }</strong>
      ${tz && promise.state !== "paused" ? html`<span class="muted">${t("storeTime", { zone: timeZoneName(this.tag, tz, promise.dueAt) })}</span>` : ""}
      ${hours ? html`<span class="muted">${t("hours", { hours })}</span>` : ""}
    </div>`;
  }

  #eventText(t: Translate, e: TimelineEvent): string {
    const key = knownKey(t, "event", e.type);
    if (!key) return t("event.other");
    const data = e.data ?? {};
    const amount = data.amount as Parameters<typeof formatMoney>[0] | undefined;
    return t(key, {
      amount: amount ? formatMoney(amount, this.tag) : "",
      code: String(data.code ?? ""),
      score: String(data.score ?? ""),
    });
  }

  #renderOptions(t: Translate, c: CaseView): TemplateResult {
    const error = this.errors.option;
    return html`<form part="form" novalidate @submit=${this.#choose}>
      <fieldset aria-describedby=${error ? "option-error" : nothing}>
        <legend>${t("chooseSolution")}</legend>
        ${error ? html`<p class="error" id="option-error">${error}</p>` : ""}
        ${c.options!.map(
          (o) => html`<label class="check">
            <input type="radio" name="option" .value=${o.id} @change=${() => {
              this.#option = o.id;
            }} />
            <span>${o.label ?? resolutionLabel(t, o.kind)}${o.amount ? ` — ${formatMoney(o.amount, this.tag)}` : ""}</span>
          </label>`,
        )}
      </fieldset>
      <div class="actions">
        <button class="primary" part="button primary-button" type="submit" ?disabled=${this.busy}>${t("confirmSolution")}</button>
      </div>
    </form>`;
  }

  #renderRating(t: Translate): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.#rate}>
      <fieldset>
        <legend>${t("rateTitle")}</legend>
        <div class="stars">
          ${[1, 2, 3, 4, 5].map(
            (score) => html`<label class="check">
              <input type="radio" name="score" .value=${String(score)} @change=${() => {
                this.#score = score;
              }} />
              ${t("stars", { score })}
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field" part="field">
        <label for="comment">${t("comment")} <span class="muted">(${t("optional")})</span></label>
        <textarea id="comment" part="input" @input=${(e: Event) => {
          this.#comment = (e.target as HTMLTextAreaElement).value;
        }}></textarea>
      </div>
      <button class="primary" part="button primary-button" type="submit" ?disabled=${this.busy}>${t("sendRating")}</button>
    </form>`;
  }

  #renderMessageForm(t: Translate): TemplateResult {
    const error = this.errors.message;
    return html`<form part="form" novalidate @submit=${this.#send}>
      <div class="field" part="field">
        <label for="message">${t("yourMessage")}</label>
        <textarea
          id="message"
          part="input"
          aria-invalid=${error ? "true" : "false"}
          aria-describedby=${error ? "message-error" : nothing}
          .value=${this.#message}
          @input=${(e: Event) => {
            this.#message = (e.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        ${error ? html`<p class="error" id="message-error">${error}</p>` : ""}
      </div>
      <button class="primary" part="button primary-button" type="submit" ?disabled=${this.busy}>${t("sendMessage")}</button>
    </form>`;
  }

  #renderCancel(t: Translate): TemplateResult {
    return this.confirmCancel
      ? html`<div class="card" role="group" aria-labelledby="cancel-question">
          <p id="cancel-question">${t("cancelQuestion")}</p>
          <div class="actions">
            <button type="button" part="button" id="confirm-cancel" ?disabled=${this.busy} @click=${this.#cancel}>
              ${t("confirmCancel")}
            </button>
            <button type="button" part="button" @click=${() => {
              this.confirmCancel = false;
            }}>${t("keepRequest")}</button>
          </div>
        </div>`
      : html`<div class="actions">
          <button type="button" class="link" part="button" @click=${() => {
            this.confirmCancel = true;
            void this.focusAfterUpdate("#confirm-cancel");
          }}>${t("cancelRequest")}</button>
        </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-case-status-view": CaseStatusView;
  }
}
