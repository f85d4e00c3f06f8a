import {
  type FindOrderQuery,
  matchOrderCredentials,
  normalizeOrderNumber,
  type OrderLookup,
  type OrderSource,
} from "@aftersales/core";
import type {
  FindOrdersByNameQuery,
  GetOrderQuery,
  LinePageFragment,
  OrderLinesPageQuery,
} from "../graphql/admin.gen.js";
import type { AdminApiClient, AdminApiResult } from "../graphql/client.js";
import { FIND_ORDERS_BY_NAME, GET_ORDER, ORDER_LINES_PAGE } from "../graphql/documents.js";
import { type AdminLineItem, type MapOrderOptions, mapOrder, UnmappableOrderError } from "./map-order.js";
import { toGid } from "./order-id.js";

/** What {@link createShopifyOrderSource} needs. */
export interface ShopifyOrderSourceOptions extends MapOrderOptions {
  readonly client: AdminApiClient;
  /** How many pages of search hits `findOrder` reads at most (default 3). */
  readonly maxSearchPages?: number;
}

function unavailable(result: Extract<AdminApiResult<unknown>, { ok: false }>): OrderLookup {
  return { ok: false, reason: "unavailable", retryable: result.retryable, message: result.message };
}

/** Makes a search term safe inside double quotes of Shopify's search syntax. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, "")}"`;
}

/**
 * The `OrderSource` over the Admin GraphQL API: orders by id (gid or number), or by the name the
 * shopper sees plus the order email. Line items are read page by page with cursors; throttling is
 * handled by the client. Passes `runOrderSourceContract`.
 */
export function createShopifyOrderSource(options: ShopifyOrderSourceOptions): OrderSource {
  const { client } = options;
  const maxSearchPages = options.maxSearchPages ?? 3;

  async function load(gid: string): Promise<OrderLookup> {
    const first = await client.request<GetOrderQuery>(GET_ORDER, { id: gid });
    if (!first.ok) return unavailable(first);
    const order = first.data.order;
    if (!order) return { ok: false, reason: "not_found" };
    const lines: AdminLineItem[] = [...order.lineItems.nodes];
    let page: LinePageFragment["pageInfo"] = order.lineItems.pageInfo;
    while (page.hasNextPage && page.endCursor) {
      const next = await client.request<OrderLinesPageQuery>(ORDER_LINES_PAGE, {
        id: gid,
        after: page.endCursor,
      });
      if (!next.ok) return unavailable(next);
      if (!next.data.order) return { ok: false, reason: "not_found" };
      lines.push(...next.data.order.lineItems.nodes);
      page = next.data.order.lineItems.pageInfo;
    }
    try {
      return { ok: true, order: mapOrder(order, lines, options) };
    } catch (error) {
      if (error instanceof UnmappableOrderError) {
        return { ok: false, reason: "not_found", message: error.message };
      }
      throw error;
    }
  }

  return {
    platform: "shopify",
    async getOrder(orderId) {
      const gid = toGid("Order", orderId);
      if (!gid) return { ok: false, reason: "not_found" };
      return load(gid);
    },
    async findOrder(query: FindOrderQuery) {
      const number = normalizeOrderNumber(query.number);
      if (number === "") return { ok: false, reason: "not_found" };
      // Order names carry the shop's prefix ("#1001" by default, "EU1001" with a custom one);
      // the search matches either spelling and the exact comparison below picks the order.
      const search = `name:${quoted(`#${number}`)} OR name:${quoted(number)}`;
      let after: string | null = null;
      for (let pageNo = 0; pageNo < maxSearchPages; pageNo++) {
        const result: AdminApiResult<FindOrdersByNameQuery> = await client.request<FindOrdersByNameQuery>(
          FIND_ORDERS_BY_NAME,
          { query: search, after },
        );
        if (!result.ok) return unavailable(result);
        const hit = result.data.orders.nodes.find((node) => normalizeOrderNumber(node.name) === number);
        if (hit) {
          const found = await load(hit.id);
          return found.ok ? matchOrderCredentials(found.order, query) : found;
        }
        const pageInfo: FindOrdersByNameQuery["orders"]["pageInfo"] = result.data.orders.pageInfo;
        if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
        after = pageInfo.endCursor;
      }
      return { ok: false, reason: "not_found" };
    },
  };
}
