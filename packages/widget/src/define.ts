/**
 * Registers the widget's elements. This is the entry a theme loads (`aftersales.js`): it defines
 * `<aftersales-portal>` right away, without any network request, and loads the other elements
 * when the page uses them. Safe to load twice (e.g. by two theme blocks).
 */
import { autoload } from "./lazy.js";
import { AftersalesPortal } from "./portal/portal.js";

if (!customElements.get("aftersales-portal")) customElements.define("aftersales-portal", AftersalesPortal);
if (typeof document !== "undefined") autoload(document);

export { loadElement } from "./lazy.js";
