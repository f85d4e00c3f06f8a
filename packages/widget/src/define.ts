/**
 * Registers the widget's elements. This is the entry a theme loads (`aftersales.js`): it defines
 * every public tag synchronously, with no network request; each tag fetches the chunk that does
 * its work only when it is first connected. Safe to load twice (e.g. by two theme blocks).
 */
import { AftersalesCaseStatus } from "./case-status/case-status.js";
import { AftersalesComplaintForm } from "./complaint-form/complaint-form.js";
import { AftersalesPortal } from "./portal/portal.js";
import { AftersalesReturnForm } from "./return-form/return-form.js";

// One literal call per tag, so the custom-elements manifest analyzer sees each registration.
if (!customElements.get("aftersales-portal")) customElements.define("aftersales-portal", AftersalesPortal);
if (!customElements.get("aftersales-return-form"))
  customElements.define("aftersales-return-form", AftersalesReturnForm);
if (!customElements.get("aftersales-complaint-form"))
  customElements.define("aftersales-complaint-form", AftersalesComplaintForm);
if (!customElements.get("aftersales-case-status"))
  customElements.define("aftersales-case-status", AftersalesCaseStatus);
