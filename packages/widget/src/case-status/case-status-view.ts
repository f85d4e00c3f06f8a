import { html, nothing, type TemplateResult } from "lit/html.js";
import { AftersalesApi } from "../api/client.js";
import type { CaseView, Money, StoreConfig, TimelineEvent } from "../api/types.js";
import { formatDateTime, formatMoney, type Translate, timeZoneName } from "../i18n/i18n.js";
import { Msg } from "../i18n/msg.js";
import { AftersalesElement } from "../shared/base-element.js";
import { emit } from "../shared/events.js";
import { resolutionLabel } from "../shared/order-text.js";
import { readStored } from "../shared/storage.js";
import type { PropertyValues } from "../shared/view-element.js";
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
  declare protected confirmCancel: boolean;
  #client!: AftersalesApi;
  #message = "";
  #option = "";
  #score = 0;
  #comment = "";

  constructor() {
    super();
    this.confirmCancel = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (["caseId", "linkToken", "api", "store"].some((name) => changed.has(name))) void this.#load();
  }

  async #load(): Promise<void> {
    const stored = readStored<{ token: string }>(`session:${this.api}|${this.store}`);
    this.#client = new AftersalesApi({
      api: this.api,
      store: this.store,
      fetch: this.fetch,
      token: this.sessionToken ?? stored?.token,
    });
    if (!this.config && this.store)
      void this.#client.config().then((r) => {
        if (r.ok) this.config = r.value;
      });
    if (!this.caseId) return;
    this.problem = undefined;
    this.busy = true;
    const result = await this.#client.getCase(this.caseId, this.linkToken);
    this.busy = false;
    if (result.ok) this.case = result.value;
    else this.fail(result.problem, "case");
  }

  async #act(action: Action, body: object): Promise<boolean> {
    if (this.busy || !this.case) return false;
    this.busy = true;
    this.problem = undefined;
    const result = await this.#client.act(this.case.id, action, body, this.linkToken);
    this.busy = false;
    if (!result.ok) {
      this.fail(result.problem, action);
      return false;
    }
    this.case = result.value;
    emit(this, "aftersales-case-updated", { action, case: result.value });
    return true;
  }

  async #send(): Promise<void> {
    const body = this.#message.trim();
    if (this.invalid(body ? {} : { message: this.t!(Msg.messageEmpty) })) return;
    if (await this.#act("messages", { body })) {
      this.#message = "";
      // The bound value was "" before and is "" again, so Lit would leave the sent text in place.
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>("#message");
      if (field) field.value = "";
    }
  }

  async #choose(): Promise<void> {
    if (this.invalid(this.#option ? {} : { option: this.t!(Msg.solutionMissing) }, "input[name=option]"))
      return;
    await this.#act("choice", { optionId: this.#option });
  }

  async #rate(): Promise<void> {
    if (!this.#score) return void this.focusAfterUpdate("input[name=score]");
    const comment = this.#comment.trim();
    await this.#act("rating", comment ? { score: this.#score, comment } : { score: this.#score });
  }

  /** A form with one submit button. */
  #form(submit: () => Promise<void>, content: unknown, text: string): TemplateResult {
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      void submit();
    };
    return html`<form part="form" novalidate @submit=${onSubmit}>${content}<div class="actions">${this.submitButton(text)}</div></form>`;
  }

  /** A titled section. */
  #section(id: string, title: string, content: unknown): TemplateResult {
    return html`<section aria-labelledby=${id}><h3 id=${id}>${title}</h3>${content}</section>`;
  }

  protected override renderContent(t: Translate): unknown {
    const c = this.case;
    if (!this.caseId)
      return html`<div role="alert" part="error"><p>${t(Msg.errorSetup, { what: "case-id" })}</p></div>`;
    if (!c)
      return html`${this.renderProblem(t, () => void this.#load())}${this.problem ? nothing : this.renderBusy(t(Msg.loading))}`;
    const tz = this.config?.store.timeZone;
    const when = (at: string) => formatDateTime(at, this.tag, tz);
    const kind = t.code("kind", c.kind) ?? c.kind;
    const actions = new Set(c.allowedActions);
    const messages = c.timeline.filter((e) => messageTypes.has(e.type));
    const item = c.itemProgress && t.code("item", c.itemProgress);
    return html`<h2 tabindex="-1" part="title">
        ${c.order ? t(Msg.caseTitle, { kind, number: c.order.number }) : t(Msg.caseTitleNoOrder, { kind })}
      </h2>
      <p>
        <span class="status" part="status" data-status=${c.status}>${t.code("status", c.status)}</span>
        <span class="muted">· ${t(Msg.openedOn, { date: when(c.openedAt) })}</span>
      </p>
      ${item ? html`<p><strong>${item}</strong></p>` : nothing} ${this.#renderPromise(t, c)}
      ${this.renderProblem(t, () => void this.#load())}
      ${c.options?.length && actions.has("choose_option") ? this.#renderOptions(t, c) : nothing}
      ${c.returnInstructions ? this.#section("instructions", t(Msg.returnInstructions), html`<p class="pre">${c.returnInstructions}</p>`) : nothing}
      ${
        c.rating
          ? html`<p class="note" role="status">${t(Msg.ratedThanks, { score: c.rating.score })}</p>`
          : actions.has("rate")
            ? this.#renderRating(t)
            : nothing
      }
      ${this.#section(
        "messages",
        t(Msg.messages),
        html`${
          messages.length
            ? html`<ul class="messages" part="messages">
                ${messages.map(
                  (e) => html`<li data-actor=${e.actor}>
                    <span class="muted">${t.code("actor", e.actor)} · ${when(e.at)}</span><br />${String(e.data?.body ?? "")}
                  </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t(Msg.noMessages)}</p>`
        }
        ${
          actions.has("post_message")
            ? this.#form(
                () => this.#send(),
                this.field("message", t(Msg.yourMessage), this.#message, (v) => (this.#message = v), {
                  area: true,
                }),
                t(Msg.sendMessage),
              )
            : nothing
        }`,
      )}
      ${this.#section(
        "history",
        t(Msg.history),
        html`<ol part="timeline">
          ${c.timeline
            .filter((e) => !messageTypes.has(e.type))
            .map(
              (e) => html`<li>
                <strong>${this.#eventText(t, e)}</strong><br />
                <span class="muted">${t.code("actor", e.actor)} · <time datetime=${e.at}>${when(e.at)}</time></span>
              </li>`,
            )}
        </ol>`,
      )}
      ${actions.has("cancel") ? this.#renderCancel(t) : nothing}`;
  }

  #renderPromise(t: Translate, c: CaseView): unknown {
    const promise = c.promise;
    if (!promise) return nothing;
    const tz = this.config?.store.timeZone;
    const hours = this.config?.store.hoursDescription;
    const hoursText = hours?.[this.textLocale] ?? hours?.en;
    const active = promise.state !== "paused";
    return html`<div part="promise">
      <strong>${active ? t.code("promise", promise.target, { when: formatDateTime(promise.dueAt, this.tag, tz) }) : t(Msg.promisePaused)}</strong>
      ${tz && active ? html`<span class="muted">${t(Msg.storeTime, { zone: timeZoneName(this.tag, tz, promise.dueAt) })}</span>` : nothing}
      ${hoursText ? html`<span class="muted">${t(Msg.hours, { hours: hoursText })}</span>` : nothing}
    </div>`;
  }

  #eventText(t: Translate, e: TimelineEvent): string {
    const data = e.data ?? {};
    const amount = data.amount as Money | undefined;
    const params = {
      amount: amount ? formatMoney(amount, this.tag) : "",
      code: String(data.code ?? ""),
      score: String(data.score ?? ""),
    };
    return t.code("event", e.type, params) ?? t(Msg.eventOther);
  }

  #renderOptions(t: Translate, c: CaseView): TemplateResult {
    return this.#form(
      () => this.#choose(),
      html`<fieldset aria-describedby=${this.describedBy("option")}>
        <legend>${t(Msg.chooseSolution)}</legend>
        ${this.errorText("option")}
        ${c.options!.map((o) =>
          this.radio(
            "option",
            o.id,
            this.#option === o.id,
            () => (this.#option = o.id),
            `${o.label ?? resolutionLabel(t, o.kind)}${o.amount ? ` — ${formatMoney(o.amount, this.tag)}` : ""}`,
          ),
        )}
      </fieldset>`,
      t(Msg.confirmSolution),
    );
  }

  #renderRating(t: Translate): TemplateResult {
    return this.#form(
      () => this.#rate(),
      html`<fieldset>
          <legend>${t(Msg.rateTitle)}</legend>
          <div class="choices">
            ${[1, 2, 3, 4, 5].map((score) =>
              this.radio(
                "score",
                String(score),
                this.#score === score,
                () => (this.#score = score),
                t(Msg.stars, { score }),
              ),
            )}
          </div>
        </fieldset>
        ${this.field("comment", this.optional(t, t(Msg.comment)), this.#comment, (v) => (this.#comment = v), { area: true })}`,
      t(Msg.sendRating),
    );
  }

  #renderCancel(t: Translate): TemplateResult {
    return this.confirmCancel
      ? html`<div class="card" role="group" aria-labelledby="cancel-question">
          <p id="cancel-question">${t(Msg.cancelQuestion)}</p>
          <div class="actions">
            ${this.button(
              t(Msg.confirmCancel),
              async () => {
                if (await this.#act("cancel", {})) this.confirmCancel = false;
              },
              false,
              "confirm-cancel",
            )}
            ${this.button(t(Msg.keepRequest), () => (this.confirmCancel = false))}
          </div>
        </div>`
      : html`<div class="actions">
          ${this.button(
            t(Msg.cancelRequest),
            () => {
              this.confirmCancel = true;
              void this.focusAfterUpdate("#confirm-cancel");
            },
            true,
          )}
        </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-case-status-view": CaseStatusView;
  }
}
