import { createTenant, findTenantBySlug, type Queryable, type Tenant } from "@aftersales/server";

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

/** True for a shop's permanent domain (`example.myshopify.com`), the only form Shopify signs. */
export function isShopDomain(shop: string): boolean {
  return SHOP_DOMAIN.test(shop);
}

/** The store slug of a shop: its permanent domain without `.myshopify.com` (stable across renames). */
export function shopSlug(shop: string): string {
  return shop.replace(/\.myshopify\.com$/, "");
}

/** The tenant of a shop, or null before install / after `shop/redact`. */
export function findShopTenant(db: Queryable, shop: string): Promise<Tenant | null> {
  return findTenantBySlug(db, shopSlug(shop));
}

/** The tenant of a shop, created on first install. */
export async function ensureShopTenant(db: Queryable, shop: string, name?: string): Promise<Tenant> {
  return (
    (await findShopTenant(db, shop)) ??
    createTenant(db, { slug: shopSlug(shop), name: name ?? shopSlug(shop) })
  );
}

/** The permanent domain of a store slug made by {@link shopSlug} (`example` → `example.myshopify.com`). */
export function shopDomain(slug: string): string {
  return `${slug}.myshopify.com`;
}
