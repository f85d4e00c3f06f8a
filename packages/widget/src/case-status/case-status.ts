import type { StoreConfig } from "../api/types.js";
import { ShellElement, type ShellProperties } from "../shared/shell.js";

/**
 * The status of one case as the shopper sees it: where it stands, the current service promise
 * ("We'll reply by Tue 24 Nov, 10:30") in the store's time zone, messages both ways, the
 * solutions offered to choose from, return instructions, the visible timeline, and the
 * satisfaction rating once it is resolved. Usable alone — e.g. on a page linked from an email,
 * with the case link token — or inside `<aftersales-portal>`.
 *
 * @summary Timeline, service promise, messages and choices of one case.
 *
 * @event aftersales-case-updated - The shopper acted on the case. `detail: { action, case }`
 * @event aftersales-error - A call failed. `detail: { code, status, operation }`
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The heading.
 * @csspart status - The status badge.
 * @csspart promise - The service promise.
 * @csspart timeline - The list of visible events.
 * @csspart messages - The list of messages.
 * @csspart form - The forms (message, choice, rating).
 * @csspart input - Inputs and text areas.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a form.
 * @csspart error - The live region for problems.
 *
 * @cssproperty --aftersales-color-primary - See `<aftersales-portal>` for every theme property.
 */
export class AftersalesCaseStatus extends ShellElement {
  static override properties: ShellProperties = {
    ...ShellElement.properties,
    caseId: { attribute: "case-id" },
    linkToken: { attribute: "link-token" },
    sessionToken: { attribute: "session-token" },
    config: { attribute: false },
  };

  static {
    AftersalesCaseStatus.forward();
  }

  /** The case to show. */
  declare caseId: string | undefined;
  /** The case link token from an email (`?t=`), for use without an order session. */
  declare linkToken: string | undefined;
  /** The shopper's order session token; defaults to the one this tab already holds. */
  declare sessionToken: string | undefined;
  /** The store's configuration (time zone, hours); loaded from `store` when not given. */
  declare config: StoreConfig | undefined;

  protected readonly view = "aftersales-case-status-view";
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-case-status": AftersalesCaseStatus;
  }
}
