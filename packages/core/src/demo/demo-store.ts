import type { OrderSnapshot } from "../order/snapshot.js";
import type { ActionCapabilities, AfterSalesActions } from "../ports/actions.js";
import { normalizeOrderNumber, type OrderSource } from "../ports/order-source.js";
import { createDemoActions, type DemoActivity } from "./demo-actions.js";
import { createDemoOrderSource } from "./demo-order-source.js";
import { demoOrderSeeds } from "./orders.js";
import { buildDemoOrder, createDemoIds, type DemoOrderRecord, snapshotOf, toInstant } from "./state.js";

/** The instant the demo's dates are counted back from when no `now` is given. */
export const demoDefaultNow = "2026-11-16T09:00:00.000Z";

/** Who the demo store is: the tenant the server's demo mode and the examples register. */
export const demoTenant = {
  slug: "demo",
  name: "Demo Store",
  platform: "demo",
  timeZone: "Europe/Berlin",
  locale: "en",
  country: "DE",
  currency: "EUR",
} as const;
/** Who the demo store is. */
export type DemoTenant = typeof demoTenant;

/**
 * What the demo store can do. Everything except `orderStatus`: demo snapshots carry no order
 * status to move. Pass other `capabilities` to rehearse a platform with less (WooCommerce has no
 * platform returns).
 */
export const demoCapabilities: Readonly<ActionCapabilities> = Object.freeze({
  platformReturns: true,
  refunds: true,
  refundsToOriginalPayment: true,
  storeCredit: true,
  coupons: true,
  orderNotes: true,
  restock: true,
  orderStatus: false,
});

/** Options of {@link createDemoStore}. */
export interface DemoStoreOptions {
  /** The instant order dates are counted back from (ISO text or epoch ms); default {@link demoDefaultNow}. */
  readonly now?: string | number;
  /** The clock that stamps refunds, returns and the activity log; default: always `now`. */
  readonly clock?: () => string | number;
  /** Capability flags to override, e.g. `{ platformReturns: false }`. */
  readonly capabilities?: Partial<ActionCapabilities>;
}

/** An in-memory store with ~25 realistic orders that implements the platform ports. */
export interface DemoStore {
  readonly tenant: DemoTenant;
  readonly orderSource: OrderSource;
  readonly actions: AfterSalesActions;
  /** Every order as it is now (refunds and returns applied), by order number. */
  orders(): OrderSnapshot[];
  /** What the actions did so far, oldest first. */
  activity(): DemoActivity[];
}

/**
 * Creates an in-memory demo store: ~25 orders from customers in the EU, the UK, the US, mainland
 * China, Japan and Kuwait (perishables, final sale, gift cards, personalised, digital and hygiene
 * items, partial refunds, EUR/GBP/USD/CNY/JPY/KWD), dated relative to `now` so the demo always has
 * recent orders. Its `orderSource` and `actions` pass the port contracts; each call gets its own
 * state. Used by the server's demo mode, the examples and tests.
 */
export function createDemoStore(options: DemoStoreOptions = {}): DemoStore {
  const now = toInstant(options.now ?? demoDefaultNow, "demo store now");
  const { clock } = options;
  const stamp = clock ? () => toInstant(clock(), "demo store clock") : () => now;
  const ids = createDemoIds();
  const byId = new Map<string, DemoOrderRecord>();
  const idByNumber = new Map<string, string>();
  for (const seed of demoOrderSeeds) {
    const record = buildDemoOrder(seed, now, ids);
    byId.set(record.placed.id, record);
    idByNumber.set(normalizeOrderNumber(record.placed.number), record.placed.id);
  }
  const book = { byId, idByNumber };
  const activity: DemoActivity[] = [];
  const capabilities = { ...demoCapabilities, ...options.capabilities };
  return {
    tenant: demoTenant,
    orderSource: createDemoOrderSource(book),
    actions: createDemoActions({ book, ids, capabilities, now: stamp, activity }),
    orders: () => [...byId.values()].map(snapshotOf),
    activity: () => structuredClone(activity),
  };
}
