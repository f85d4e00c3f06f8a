import {
  FindOrderQuerySchema,
  matchOrderCredentials,
  normalizeOrderNumber,
  type OrderLookup,
  type OrderSource,
} from "../ports/order-source.js";
import { type DemoOrderRecord, snapshotOf } from "./state.js";

/** The orders of one demo store, by id and by normalised number. */
export interface DemoOrderBook {
  readonly byId: ReadonlyMap<string, DemoOrderRecord>;
  readonly idByNumber: ReadonlyMap<string, string>;
}

const notFound: OrderLookup = { ok: false, reason: "not_found" };

/** The demo store's {@link OrderSource}: reads the in-memory orders, always as fresh copies. */
export function createDemoOrderSource(book: DemoOrderBook): OrderSource {
  return {
    platform: "demo",
    async getOrder(orderId) {
      const record = book.byId.get(orderId);
      return record ? { ok: true, order: snapshotOf(record) } : notFound;
    },
    async findOrder(query) {
      const parsed = FindOrderQuerySchema.safeParse(query);
      if (!parsed.success) return notFound;
      const id = book.idByNumber.get(normalizeOrderNumber(parsed.data.number));
      const record = id === undefined ? undefined : book.byId.get(id);
      return record ? matchOrderCredentials(snapshotOf(record), parsed.data) : notFound;
    },
  };
}
