// Types the `shopify` global of each target module with that target's API, in the shape Shopify CLI
// generates (`shopify app dev` may rewrite this file; keep one block per [[extensions.targeting]]).
import "@shopify/ui-extensions";

declare module "./src/MenuActionItem.tsx" {
  const shopify: import("@shopify/ui-extensions/customer-account.order.action.menu-item.render").Api;
}
