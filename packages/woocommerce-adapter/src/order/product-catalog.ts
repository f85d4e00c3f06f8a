import type { WooCommerceClient } from "../client/client.js";
import { MAX_PER_PAGE } from "../client/client.js";
import { type WooProduct, WooProductSchema } from "../client/payloads.js";

/** How long and how many products the catalog remembers. */
export interface ProductCatalogOptions {
  /** Most products kept (least recently used go first); default 1,000. */
  readonly maxEntries?: number;
  /** How long a product's tags and categories are trusted, in ms; default 10 minutes. */
  readonly ttlMs?: number;
  /** The current time in epoch ms (default `Date.now`). */
  readonly now?: () => number;
}

/** Reads products' tags, categories and kind, for order lines, through a bounded cache. */
export interface ProductCatalog {
  /**
   * The products with these ids, fetched with `GET /products?include=…` (100 per request) for those
   * not cached. A deleted product is absent from the map (and remembered as absent until it expires).
   */
  products(ids: readonly number[]): Promise<ReadonlyMap<number, WooProduct>>;
  /** How many products (or known absences) are cached now. */
  readonly size: number;
}

interface Entry {
  readonly product: WooProduct | null;
  readonly storedAt: number;
}

/**
 * Creates a {@link ProductCatalog}. The REST order gives each line only a product id, so tags and
 * categories (which drive return rules such as final sale) come from the products endpoint; the
 * cache keeps that to one request per 100 unseen products and is bounded so a large catalogue
 * cannot grow it without limit.
 */
export function createProductCatalog(
  client: WooCommerceClient,
  options: ProductCatalogOptions = {},
): ProductCatalog {
  const maxEntries = options.maxEntries ?? 1000;
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on use makes the first key the least recent.
  const cache = new Map<number, Entry>();

  function remember(id: number, product: WooProduct | null, at: number): void {
    cache.delete(id);
    cache.set(id, { product, storedAt: at });
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  }

  return {
    get size() {
      return cache.size;
    },
    async products(ids) {
      const at = now();
      const found = new Map<number, WooProduct>();
      const missing: number[] = [];
      for (const id of new Set(ids)) {
        if (id <= 0) continue;
        const entry = cache.get(id);
        if (entry && at - entry.storedAt < ttlMs) {
          remember(id, entry.product, entry.storedAt);
          if (entry.product) found.set(id, entry.product);
        } else missing.push(id);
      }
      for (let start = 0; start < missing.length; start += MAX_PER_PAGE) {
        const chunk = missing.slice(start, start + MAX_PER_PAGE);
        const products = await client.list("products", WooProductSchema, { include: chunk }, { maxPages: 1 });
        const byId = new Map(products.map((product) => [product.id, product]));
        for (const id of chunk) {
          const product = byId.get(id) ?? null;
          remember(id, product, at);
          if (product) found.set(id, product);
        }
      }
      return found;
    },
  };
}
