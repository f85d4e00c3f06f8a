/**
 * Lit and everything the tags render and do, as one lazily loaded chunk. One chunk rather than one
 * per flow: a shopper in the portal needs the flows within seconds anyway, and gzip compresses
 * Lit and the templates' shared vocabulary once (bench/widget-size.ts prints both ways). Importing
 * it defines the inner elements the public tags render.
 */
import { CaseStatusView } from "./case-status/case-status-view.js";
import { ComplaintFormView } from "./complaint-form/complaint-form-view.js";
import { PortalView } from "./portal/portal-view.js";
import { ReturnFormView } from "./return-form/return-form-view.js";

const views = {
  "aftersales-portal-view": PortalView,
  "aftersales-return-form-view": ReturnFormView,
  "aftersales-complaint-form-view": ComplaintFormView,
  "aftersales-case-status-view": CaseStatusView,
};
for (const [tag, element] of Object.entries(views)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export { CaseStatusView, ComplaintFormView, PortalView, ReturnFormView };
