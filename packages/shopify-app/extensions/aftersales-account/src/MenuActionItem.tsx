import "@shopify/ui-extensions/preact";
import { render } from "preact";
import { portalUrl } from "./portal-url";

// The menu item target renders exactly one s-button; with `href` it navigates instead of opening a
// modal, so the shopper lands on the storefront portal (the same widget, proxy and session rules as
// the theme block) rather than a second form inside customer accounts.
export default async () => {
  render(<OrderAction />, document.body);
};

function OrderAction() {
  const href = portalUrl(shopify.settings.value.portal_url, shopify.orderId);
  if (!href) return null;
  return <s-button href={href}>{shopify.i18n.translate("requestReturnOrReportProblem")}</s-button>;
}
