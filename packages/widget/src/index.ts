/**
 * `@aftersales/widget` — web components that put returns, complaints and case status on any
 * storefront. Importing this module registers the elements (`<aftersales-portal>` at once, the
 * others when a page uses them); the exports are the types for hosts written in TypeScript.
 */
import "./define.js";

export { AftersalesApi, type ApiClientOptions } from "./api/client.js";
export type * from "./api/types.js";
export { AftersalesCaseStatus } from "./case-status/case-status.js";
export { AftersalesComplaintForm, type ComplaintStep } from "./complaint-form/complaint-form.js";
export type { MessageKey, Messages } from "./i18n/en.js";
export { type LazyTag, loadElement } from "./lazy.js";
export { AftersalesPortal, type PortalStep } from "./portal/portal.js";
export { AftersalesReturnForm, type ReturnStep } from "./return-form/return-form.js";
export type {
  AftersalesEventMap,
  CaseCreatedDetail,
  CaseUpdatedDetail,
  ErrorDetail,
  SessionDetail,
  StepDetail,
} from "./shared/events.js";
