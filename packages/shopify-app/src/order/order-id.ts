/**
 * Shopify ids are GraphQL global ids (`gid://shopify/Order/450789469`). Webhook payloads and the
 * storefront carry the bare number, so both forms are accepted and the gid is what we store.
 */
export function toGid(resource: string, id: string | number): string | undefined {
  const text = String(id).trim();
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return `gid://shopify/${resource}/${text}`;
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(\?.*)?$/.exec(text);
  if (!match || match[1] !== resource) return undefined;
  return `gid://shopify/${resource}/${match[2]}`;
}

/** The numeric part of a global id (`gid://shopify/Customer/207119551` → `207119551`). */
export function numericId(gid: string): string | undefined {
  return /\/(\d+)(\?.*)?$/.exec(gid)?.[1] ?? (/^\d+$/.test(gid) ? gid : undefined);
}

/**
 * The Shopify admin page of an order, as an App Bridge link (`shopify://admin/orders/<id>`), which
 * opens the order in the admin around the embedded app instead of inside its iframe.
 */
export function shopifyOrderAdminUrl(orderId: string): string | undefined {
  const id = numericId(orderId);
  return id ? `shopify://admin/orders/${id}` : undefined;
}
