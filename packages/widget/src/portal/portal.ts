import { ShellElement, type ShellProperties } from "../shared/shell.js";

/**
 * The after-sales portal: the shopper finds an order (order number + email, or a platform
 * identity), sees each line with whether and until when it can be returned and why, then opens a
 * return, a complaint or a question and follows its status. One tag embeds the whole flow.
 *
 * Opened from an email's link (`?case=<id>&t=<case link token>` on the page's address), it shows
 * that case at once, without asking for the order, and takes both parameters off the address.
 *
 * @summary Returns, complaints and case status for one order.
 *
 * @event aftersales-session - The shopper proved the order. `detail: { orderNumber }`
 * @event aftersales-case-created - A case was opened. `detail: { caseId, kind, case, replayed }`
 * @event aftersales-case-updated - The shopper acted on a case. `detail: { action, case }`
 * @event aftersales-step - The portal moved to another step. `detail: { step }`
 * @event aftersales-error - A call failed. `detail: { code, status, operation }`
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - Headings of each step.
 * @csspart form - Forms.
 * @csspart field - A label with its input, hint and error.
 * @csspart input - Text inputs, selects and text areas.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a step.
 * @csspart error - The live region for problems.
 * @csspart line - One order line.
 * @csspart photo - One photo preview (return flow).
 * @csspart status - The case status badge (status view).
 * @csspart promise - The service promise (status view).
 * @csspart timeline - The case's visible events (status view).
 * @csspart messages - The case's messages (status view).
 *
 * @cssproperty --aftersales-color-primary - Buttons, links, focus rings.
 * @cssproperty --aftersales-color-on-primary - Text on primary buttons.
 * @cssproperty --aftersales-color-text - Body text.
 * @cssproperty --aftersales-color-muted - Hints and secondary text.
 * @cssproperty --aftersales-color-surface - Background.
 * @cssproperty --aftersales-color-subtle - Background of notes and alerts.
 * @cssproperty --aftersales-color-border - Borders of inputs and cards.
 * @cssproperty --aftersales-color-danger - Errors and ineligible lines.
 * @cssproperty --aftersales-color-success - Eligible lines and confirmations.
 * @cssproperty --aftersales-color-scheme - `light dark` (default, follows the shopper), `light` or `dark`.
 * @cssproperty --aftersales-font-family - Font stack.
 * @cssproperty --aftersales-font-size - Base font size (default `medium`: the shopper's browser setting).
 * @cssproperty --aftersales-radius - Corner radius of inputs, buttons and cards.
 * @cssproperty --aftersales-spacing - Base spacing unit (default `1em`).
 * @cssproperty --aftersales-padding - Padding inside the widget's frame (default: the spacing unit).
 */
export class AftersalesPortal extends ShellElement {
  static override properties: ShellProperties = {
    ...ShellElement.properties,
    identityToken: { attribute: "identity-token" },
    sessionToken: { attribute: "session-token" },
    flows: {},
  };

  static {
    AftersalesPortal.forward();
  }

  /**
   * A platform-signed identity handed over by the host page (Shopify app proxy, WordPress
   * plugin). When set, the shopper skips the order-number form.
   */
  declare identityToken: string | undefined;
  /** A session token the host already obtained from `POST /v1/stores/{store}/sessions`. */
  declare sessionToken: string | undefined;
  /**
   * Which flows the portal offers: `all` (the default), or a list (commas or spaces) of case
   * kinds — `return`, `exchange`, `complaint`, `inquiry` — and of the Shopify theme editor's
   * choices `returns` (returns and exchanges) and `complaints` (complaints and questions). Returns
   * and exchanges are one form, in which the store's policy decides per item whether a refund,
   * store credit or an exchange is offered, so either kind offers it. The shopper's existing
   * requests are always listed. An invalid value offers every flow and warns in the console.
   */
  declare flows: string | undefined;

  protected readonly view = "aftersales-portal-view";
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-portal": AftersalesPortal;
  }
}
