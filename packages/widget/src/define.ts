/**
 * Registers the widget's elements. This is the entry a theme loads (`aftersales.js`): it defines
 * every public tag synchronously, with no network request; each tag fetches the chunk that does
 * its work only when it is first connected. Safe to load twice (e.g. by two theme blocks).
 */
import { AftersalesCaseStatus } from "./case-status/case-status.js";
import { AftersalesComplaintForm } from "./complaint-form/complaint-form.js";
import { AftersalesPortal } from "./portal/portal.js";
import { AftersalesReturnForm } from "./return-form/return-form.js";

const elements: [string, CustomElementConstructor][] = [
  ["aftersales-portal", AftersalesPortal],
  ["aftersales-return-form", AftersalesReturnForm],
  ["aftersales-complaint-form", AftersalesComplaintForm],
  ["aftersales-case-status", AftersalesCaseStatus],
];
for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);
