import type { OrderView, StoreConfig } from "../api/types.js";
import { ShellElement, type ShellProperties } from "../shared/shell.js";

/**
 * A complaint or a question about an order: the shopper describes it, picks the category (the
 * store's classifier suggests one from the text), the item it is about and how to be contacted,
 * reviews and sends. Kept in the tab until sent; one idempotency key per draft.
 *
 * @summary Report a problem or ask a question about an order.
 *
 * @event aftersales-case-created - The complaint or question was accepted. `detail: { caseId, kind, case, replayed }`
 * @event aftersales-step - Moved to another step. `detail: { step }`
 * @event aftersales-error - A call failed. `detail: { code, status, operation }`
 * @event aftersales-session - The shopper proved the order (standalone use). `detail: { orderNumber }`
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The step heading.
 * @csspart form - The step's form.
 * @csspart field - A label with its input, hint and error.
 * @csspart input - Inputs, selects and text areas.
 * @csspart button - Every button.
 * @csspart primary-button - Continue / send.
 * @csspart error - The live region for problems.
 *
 * @cssproperty --aftersales-color-primary - See `<aftersales-portal>` for every theme property.
 */
export class AftersalesComplaintForm extends ShellElement {
  static override properties: ShellProperties = {
    ...ShellElement.properties,
    identityToken: { attribute: "identity-token" },
    sessionToken: { attribute: "session-token" },
    order: { attribute: false },
    config: { attribute: false },
    kind: {},
  };

  static {
    AftersalesComplaintForm.forward();
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
  /** `complaint` (default) or `inquiry` (a question). */
  declare kind: "complaint" | "inquiry";

  protected readonly view = "aftersales-complaint-form-view";

  constructor() {
    super();
    this.kind ??= "complaint";
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "aftersales-complaint-form": AftersalesComplaintForm;
  }
}
