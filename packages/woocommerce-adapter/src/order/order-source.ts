import {
  matchOrderCredentials,
  normalizeEmail,
  normalizeOrderNumber,
  type OrderLookup,
  type OrderSource,
} from "@aftersales/core";
import type { WooCommerceClient } from "../client/client.js";
import { WooCommerceError } from "../client/errors.js";
import { type WooOrder, WooOrderSchema, WooRefundSchema } from "../client/payloads.js";
import { mapWooOrder, type OrderMappingOptions, WOOCOMMERCE_PLATFORM } from "./map-order.js";
import { createProductCatalog, type ProductCatalog, type ProductCatalogOptions } from "./product-catalog.js";

/** Order statuses that are not real orders to a shopper: the bin and unfinished block checkouts. */
export const hiddenOrderStatuses: readonly string[] = ["trash", "checkout-draft", "auto-draft"];

/** Options of {@link createWooCommerceOrderSource}. */
export interface WooCommerceOrderSourceOptions extends OrderMappingOptions {
  /** Tags and categories cache; share one catalog between sources of the same store. */
  readonly catalog?: ProductCatalog;
  /** Options for the catalog this source creates when none is given. */
  readonly catalogOptions?: ProductCatalogOptions;
  /** Most pages of a shopper's orders searched by email (100 each); default 5. */
  readonly searchPages?: number;
}

/** A WooCommerce order source, with the raw read the actions also need. */
export interface WooCommerceOrderSource extends OrderSource {
  /** Reads the raw order, or `undefined` when WooCommerce has no such (visible) order. */
  readRawOrder(orderId: string): Promise<WooOrder | undefined>;
}

/** Order ids are positive integers; anything else never reaches a URL path. */
export function isWooId(value: string): boolean {
  return /^[1-9]\d{0,18}$/.test(value);
}

function isNotFound(error: unknown): boolean {
  return error instanceof WooCommerceError && error.kind === "http" && error.status === 404;
}

function unavailable(error: unknown): OrderLookup {
  if (error instanceof WooCommerceError) {
    return { ok: false, reason: "unavailable", retryable: error.retryable, message: error.message };
  }
  throw error;
}

/**
 * The {@link OrderSource} of a WooCommerce store (REST API v3). `getOrder` reads `/orders/<id>`;
 * `findOrder` matches the number the shopper sees — which differs from the id when a sequential
 * order number plugin is active — and the billing email, trimmed and case-insensitive. Platform
 * failures are `unavailable` values; unknown orders and wrong emails are `not_found` /
 * `email_mismatch`.
 */
export function createWooCommerceOrderSource(
  client: WooCommerceClient,
  options: WooCommerceOrderSourceOptions = {},
): WooCommerceOrderSource {
  const catalog = options.catalog ?? createProductCatalog(client, options.catalogOptions);
  const searchPages = options.searchPages ?? 5;

  async function readRawOrder(orderId: string): Promise<WooOrder | undefined> {
    if (!isWooId(orderId)) return undefined;
    try {
      const order = await client.get(`orders/${orderId}`, WooOrderSchema);
      return hiddenOrderStatuses.includes(order.status) ? undefined : order;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async function snapshot(order: WooOrder): Promise<OrderLookup> {
    const refunds =
      order.refunds.length > 0 ? await client.list(`orders/${order.id}/refunds`, WooRefundSchema) : [];
    const products = await catalog.products(order.line_items.map((item) => item.product_id));
    const mapped = mapWooOrder({ order, refunds, products }, options);
    if (!mapped.ok) return { ok: false, reason: "unavailable", retryable: false, message: mapped.message };
    return { ok: true, order: mapped.order };
  }

  return {
    platform: WOOCOMMERCE_PLATFORM,
    readRawOrder,
    async getOrder(orderId) {
      try {
        const order = await readRawOrder(orderId.trim());
        if (!order) return { ok: false, reason: "not_found" };
        return await snapshot(order);
      } catch (error) {
        return unavailable(error);
      }
    },
    async findOrder(query) {
      const number = normalizeOrderNumber(query.number);
      const email = normalizeEmail(query.email);
      if (number === "") return { ok: false, reason: "not_found" };
      try {
        let numberMatched = false;
        const matched = async (order: WooOrder): Promise<OrderLookup> => {
          const lookup = await snapshot(order);
          return lookup.ok ? matchOrderCredentials(lookup.order, query) : lookup;
        };
        const sameNumber = (order: WooOrder) =>
          normalizeOrderNumber(order.number) === number && !hiddenOrderStatuses.includes(order.status);
        const sameEmail = (order: WooOrder) => normalizeEmail(order.billing.email ?? "") === email;
        // Without a numbering plugin the number is the id: one cheap read settles most lookups.
        if (/^\d+$/.test(number)) {
          const byId = await readRawOrder(number.replace(/^0+/, ""));
          if (byId && sameNumber(byId)) {
            if (email !== "" && sameEmail(byId)) return matched(byId);
            numberMatched = true;
          }
        }
        // Otherwise search the shopper's orders by email (WooCommerce indexes the billing email)
        // and compare numbers ourselves: its search is a fuzzy LIKE over many fields.
        if (email !== "") {
          const candidates = await client.list(
            "orders",
            WooOrderSchema,
            { search: email },
            { maxPages: searchPages },
          );
          const hit = candidates.find((order) => sameNumber(order) && sameEmail(order));
          if (hit) return matched(hit);
        }
        return { ok: false, reason: numberMatched ? "email_mismatch" : "not_found" };
      } catch (error) {
        return unavailable(error);
      }
    },
  };
}
