/**
 * The address the order action opens: the storefront page that has the Returns & help block (the
 * merchant's `portal_url` setting) with `order=<numeric order id>`, or `undefined` when the setting
 * is missing or not an https address (the button is then not shown, rather than linking nowhere).
 *
 * Customer accounts give the order as a GraphQL id (`gid://shopify/Order/<n>`); the storefront and
 * the app proxy's `POST /apps/aftersales/session {"orderId"}` use the number, as the theme block's
 * `order.id` does.
 */
export function portalUrl(setting: unknown, orderId: string): string | undefined {
  if (typeof setting !== "string" || setting.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(setting.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:") return undefined;
  const numeric = /^gid:\/\/shopify\/Order\/(\d+)$/.exec(orderId)?.[1];
  if (numeric) url.searchParams.set("order", numeric);
  return url.href;
}
