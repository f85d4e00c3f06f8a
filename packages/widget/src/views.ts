/**
 * Everything the tags render and do, as one lazily loaded chunk. One chunk rather than one per
 * flow: a shopper in the portal needs the flows within seconds anyway, and gzip compresses the
 * templates' shared vocabulary once — 4.8 KB gzip less than four chunks (bench/widget-size.ts).
 * The price is paid by a page that shows only `<aftersales-case-status>`: it loads all flows.
 */
export { CaseStatusView } from "./case-status/case-status-view.js";
export { ComplaintFormView } from "./complaint-form/complaint-form-view.js";
export { PortalView } from "./portal/portal-view.js";
export { ReturnFormView } from "./return-form/return-form-view.js";
