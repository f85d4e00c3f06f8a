import type { OrderView, StoreConfig } from "../api/types.js";
import { ShellElement, type ShellProperties } from "../shared/shell.js";

/**
 * A return or exchange for one order: choose lines, quantity and reason; choose a resolution
 * with the fees and refund estimate from the store's policy; add photos where the policy asks for
 * evidence; review and submit. What the shopper enters is kept in the tab (sessionStorage) until
 * the server accepts it, and every submit of the same draft carries the same idempotency key.
 * Usable alone (it asks for the order, or takes `identity-token` / `session-token`) or inside
 * `<aftersales-portal>`.
 *
 * @summary Return or exchange items of an order.
 *
 * @event aftersales-case-created - The return was accepted. `detail: { caseId, kind, case, replayed }`
 * @event aftersales-step - Moved to another step. `detail: { step }`
 * @event aftersales-error - A call failed. `detail: { code, status, operation }`
 * @event aftersales-session - The shopper proved the order (standalone use). `detail: { orderNumber }`
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The step heading.
 * @csspart form - The step's form.
 * @csspart field - A label with its input, hint and error.
 * @csspart input - Inputs and selects.
 * @csspart button - Every button.
 * @csspart primary-button - Continue / submit.
 * @csspart error - The live region for problems.
 * @csspart line - One order line.
 * @csspart photo - One photo preview.
 *
 * @cssproperty --aftersales-color-primary - See `<aftersales-portal>` for every theme property.
 */
export class AftersalesReturnForm extends ShellElement {
  static override properties: ShellProperties = {
    ...ShellElement.properties,
    identityToken: { attribute: "identity-token" },
    sessionToken: { attribute: "session-token" },
    order: { attribute: false },
    config: { attribute: false },
  };

  static {
    AftersalesReturnForm.forward();
  }

  /**
   * A platform-signed identity handed over by the host page (Shopify app proxy, WordPress
   * plugin). When set, the shopper skips the order-number form.
   */
  declare identityToken: string | undefined;
  /** A session token the host already obtained from `POST /v1/stores/{store}/sessions`. */
  declare sessionToken: string | undefined;
  /** The verified order, when the host already has it (the portal passes it on). */
  declare order: OrderView | undefined;
  /** The store's configuration, when the host already has it. */
  declare config: StoreConfig | undefined;

  protected readonly view = "aftersales-return-form-view";
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-return-form": AftersalesReturnForm;
  }
}
