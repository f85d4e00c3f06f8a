/**
 * `@aftersales/widget` — web components that put returns, complaints and case status on any
 * storefront. Importing this module registers the elements (each loads the code that does its
 * work when first used); the exports are the element classes and types for TypeScript hosts.
 */
import "./define.js";

export { AftersalesApi, type ApiClientOptions } from "./api/client.js";
export type * from "./api/types.js";
export { AftersalesCaseStatus } from "./case-status/case-status.js";
export { AftersalesComplaintForm } from "./complaint-form/complaint-form.js";
export type { ComplaintStep } from "./complaint-form/complaint-form-view.js";
export type { Group, Messages } from "./i18n/en.js";
export type { Msg } from "./i18n/msg.js";
export { AftersalesPortal } from "./portal/portal.js";
export type { PortalStep } from "./portal/portal-view.js";
export { AftersalesReturnForm } from "./return-form/return-form.js";
export type { ReturnStep } from "./return-form/return-form-view.js";
export type {
  AftersalesEventMap,
  CaseCreatedDetail,
  CaseUpdatedDetail,
  ErrorDetail,
  SessionDetail,
  StepDetail,
} from "./shared/events.js";
