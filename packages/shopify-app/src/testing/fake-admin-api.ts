import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLResolveInfo,
  Kind,
  parse,
  validate,
  valueFromASTUntyped,
} from "graphql";
import { HttpResponse, http } from "msw";
import { ADMIN_API_VERSION } from "../graphql/client.js";
import { adminSchema, requiredScopes, satisfies } from "./schema.js";

/**
 * An in-memory Shopify shop answering Admin GraphQL the way Shopify does, for msw: every request is
 * validated against the committed Admin API schema and *executed* against it (graphql-js default
 * resolvers over plain objects), so every answer has exactly the schema's shapes — a field we did
 * not ask for, a null in a non-null field or a wrong enum fails here as it would on Shopify.
 * Scopes are enforced from the schema's access metadata (ACCESS_DENIED), `extensions.cost` is sent
 * with every answer, and THROTTLED answers can be queued.
 */

export interface FakeMoney {
  readonly amount: string;
}
export interface FakeProduct {
  id: string;
  productType: string;
  tags: string[];
  collections: string[];
}
export interface FakeLine {
  id: string;
  title: string;
  variantTitle?: string;
  sku?: string;
  vendor?: string;
  quantity: number;
  /** Units removed by order edits. */
  removed?: number;
  price: string;
  /** Discount allocated to the whole line. */
  discount?: string | undefined;
  isGiftCard?: boolean;
  requiresShipping?: boolean;
  variantId?: string;
  product?: FakeProduct | null;
}
export interface FakeFulfillment {
  id: string;
  status: "SUCCESS" | "CANCELLED";
  createdAt: string;
  deliveredAt?: string | undefined;
  requiresShipping?: boolean;
  events?: { status: string; happenedAt: string }[];
  lines: { id: string; lineItemId: string; quantity: number }[];
}
export interface FakeRefund {
  id: string;
  createdAt: string;
  note?: string;
  amount: string;
  lines: { lineItemId: string; quantity: number }[];
  returnId?: string;
}
export interface FakeReturnLine {
  id: string;
  fulfillmentLineItemId: string;
  lineItemId: string;
  quantity: number;
  refundedQuantity: number;
  processedQuantity: number;
  customerNote?: string;
  reasonDefinitionId?: string;
  legacyReason?: string;
}
export interface FakeReturn {
  id: string;
  orderId: string;
  status: "REQUESTED" | "OPEN" | "DECLINED" | "CLOSED" | "CANCELED";
  createdAt: string;
  lines: FakeReturnLine[];
  decline?: { reason: string; note?: string };
}
export interface FakeCustomer {
  id: string;
  email?: string;
  phone?: string;
  firstName?: string;
  lastName?: string;
  country?: string;
  province?: string;
}
export interface FakeAddress {
  country: string;
  province?: string;
  city?: string;
  zip?: string;
}
export interface FakeOrder {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  createdAt: string;
  processedAt: string;
  currency: string;
  sourceName?: string;
  tags: string[];
  note?: string;
  customer?: FakeCustomer;
  shippingAddress?: FakeAddress;
  billingAddress?: FakeAddress;
  total: string;
  shipping: string;
  lines: FakeLine[];
  fulfillments: FakeFulfillment[];
  refunds: FakeRefund[];
  transactions: { id: string; kind: string; status: string; gateway: string; amount: string }[];
}

/** Standard reason definitions of the fake shop (the handles the app looks up). */
export const FAKE_REASON_DEFINITIONS = [
  { id: "gid://shopify/ReturnReasonDefinition/1", handle: "color", name: "Color" },
  { id: "gid://shopify/ReturnReasonDefinition/2", handle: "defective", name: "Damaged or defective" },
  { id: "gid://shopify/ReturnReasonDefinition/3", handle: "not-as-described", name: "Item not as described" },
  { id: "gid://shopify/ReturnReasonDefinition/4", handle: "size-too-large", name: "Size was too large" },
  { id: "gid://shopify/ReturnReasonDefinition/5", handle: "size-too-small", name: "Size was too small" },
  { id: "gid://shopify/ReturnReasonDefinition/6", handle: "style", name: "Style" },
  { id: "gid://shopify/ReturnReasonDefinition/7", handle: "unwanted", name: "Customer changed their mind" },
  { id: "gid://shopify/ReturnReasonDefinition/8", handle: "wrong-item", name: "Received the wrong item" },
  { id: "gid://shopify/ReturnReasonDefinition/9", handle: "other", name: "Other" },
] as const;

/** One request the fake received. */
export interface FakeCall {
  readonly operationName: string;
  readonly variables: Record<string, unknown>;
  readonly status: "ok" | "throttled" | "denied" | "invalid";
}

/** The fake shop's state; tests seed it and read it back. */
export interface FakeShop {
  readonly domain: string;
  readonly accessToken: string;
  readonly orders: Map<string, FakeOrder>;
  readonly returns: Map<string, FakeReturn>;
  readonly discounts: Map<string, { id: string; code: string; input: Record<string, unknown> }>;
  readonly storeCredit: Map<string, { amount: string; currency: string }[]>;
  readonly customers: Set<string>;
  /** Scopes granted to the app; operations that need others get ACCESS_DENIED. */
  grantedScopes: string[];
  /** How many of the next requests are answered THROTTLED. */
  throttleNext: number;
  readonly calls: FakeCall[];
  /** Requests to any other URL (must stay empty). */
  readonly unexpected: string[];
  /** Idempotency keys seen by `refundCreate` and what they returned. */
  readonly idempotent: Map<string, unknown>;
}

/** The scopes the app asks for in shopify.app.toml. */
export const APP_SCOPES = [
  "read_customers",
  "read_products",
  "write_discounts",
  "write_orders",
  "write_returns",
  "write_store_credit_account_transactions",
];

export function createFakeShop(domain = "aftersales-test.myshopify.com"): FakeShop {
  return {
    domain,
    accessToken: "shpat_test_token",
    orders: new Map(),
    returns: new Map(),
    discounts: new Map(),
    storeCredit: new Map(),
    customers: new Set(),
    grantedScopes: [...APP_SCOPES],
    throttleNext: 0,
    calls: [],
    unexpected: [],
    idempotent: new Map(),
  };
}

let sequence = 1000;
const nextId = (type: string) => `gid://shopify/${type}/${++sequence}`;

function bag(amount: string, currency: string) {
  return {
    presentmentMoney: { amount, currencyCode: currency },
    shopMoney: { amount, currencyCode: currency },
  };
}

function connection<T>(items: readonly T[], args: { first?: number; after?: string | null }) {
  const start = args.after ? Number(Buffer.from(args.after, "base64url").toString()) + 1 : 0;
  const size = args.first ?? items.length;
  const nodes = items.slice(start, start + size);
  const endIndex = start + nodes.length - 1;
  return {
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: Buffer.from(String(start + i)).toString("base64url") })),
    pageInfo: {
      hasNextPage: endIndex < items.length - 1,
      hasPreviousPage: start > 0,
      endCursor: nodes.length ? Buffer.from(String(endIndex)).toString("base64url") : null,
      startCursor: nodes.length ? Buffer.from(String(start)).toString("base64url") : null,
    },
  };
}

const addressObject = (a: FakeAddress | undefined) =>
  a
    ? { countryCodeV2: a.country, provinceCode: a.province ?? null, city: a.city ?? null, zip: a.zip ?? null }
    : null;

function lineObject(line: FakeLine, currency: string) {
  return {
    id: line.id,
    title: line.title,
    variantTitle: line.variantTitle ?? null,
    sku: line.sku ?? null,
    vendor: line.vendor ?? null,
    quantity: line.quantity,
    currentQuantity: line.quantity - (line.removed ?? 0),
    refundableQuantity: 0, // replaced by the order presenter
    isGiftCard: line.isGiftCard ?? false,
    requiresShipping: line.requiresShipping ?? true,
    originalUnitPriceSet: bag(line.price, currency),
    discountAllocations: line.discount ? [{ allocatedAmountSet: bag(line.discount, currency) }] : [],
    variant: line.variantId ? { id: line.variantId } : null,
    product: line.product
      ? {
          id: line.product.id,
          productType: line.product.productType,
          tags: line.product.tags,
          collections: (args: { first?: number }) =>
            connection(
              line.product!.collections.map((handle) => ({ handle })),
              args,
            ),
        }
      : null,
  };
}

function returnObject(shop: FakeShop, ret: FakeReturn) {
  const order = shop.orders.get(ret.orderId)!;
  const refunds = order.refunds.filter((r) => r.returnId === ret.id);
  return {
    id: ret.id,
    status: ret.status,
    createdAt: ret.createdAt,
    order: { id: ret.orderId },
    refunds: (args: { first?: number }) =>
      connection(
        refunds.map((r) => refundObject(r, order.currency)),
        args,
      ),
    returnLineItems: (args: { first?: number }) =>
      connection(
        ret.lines.map((l) => ({
          __typename: "ReturnLineItem",
          id: l.id,
          quantity: l.quantity,
          refundedQuantity: l.refundedQuantity,
          refundableQuantity: l.quantity - l.refundedQuantity,
          fulfillmentLineItem: { lineItem: { id: l.lineItemId } },
        })),
        args,
      ),
    reverseFulfillmentOrders: (args: { first?: number }) =>
      connection(
        ret.status === "OPEN" || ret.status === "CLOSED"
          ? [
              {
                lineItems: (a: { first?: number }) =>
                  connection(
                    ret.lines.map((l) => ({
                      id: `${l.id.replace("ReturnLineItem", "ReverseFulfillmentOrderLineItem")}`,
                      totalQuantity: l.quantity,
                      fulfillmentLineItem: { lineItem: { id: l.lineItemId } },
                    })),
                    a,
                  ),
              },
            ]
          : [],
        args,
      ),
  };
}

function refundObject(refund: FakeRefund, currency: string) {
  return {
    id: refund.id,
    createdAt: refund.createdAt,
    note: refund.note ?? null,
    totalRefundedSet: bag(refund.amount, currency),
    refundLineItems: (args: { first?: number }) =>
      connection(
        refund.lines.map((l) => ({ quantity: l.quantity, lineItem: { id: l.lineItemId } })),
        args,
      ),
  };
}

/** Units of a line refunded so far. */
export function refundedUnits(order: FakeOrder, lineItemId: string): number {
  return order.refunds
    .flatMap((r) => r.lines)
    .filter((l) => l.lineItemId === lineItemId)
    .reduce((total, l) => total + l.quantity, 0);
}

function orderObject(shop: FakeShop, order: FakeOrder) {
  const c = order.currency;
  const returns = [...shop.returns.values()].filter((r) => r.orderId === order.id);
  return {
    id: order.id,
    name: order.name,
    email: order.email ?? null,
    phone: order.phone ?? null,
    note: order.note ?? null,
    createdAt: order.createdAt,
    processedAt: order.processedAt,
    cancelledAt: null,
    presentmentCurrencyCode: c,
    sourceName: order.sourceName ?? "web",
    tags: order.tags,
    customer: order.customer
      ? {
          id: order.customer.id,
          email: order.customer.email ?? null,
          phone: order.customer.phone ?? null,
          firstName: order.customer.firstName ?? null,
          lastName: order.customer.lastName ?? null,
          defaultAddress: order.customer.country
            ? { countryCodeV2: order.customer.country, provinceCode: order.customer.province ?? null }
            : null,
        }
      : null,
    shippingAddress: addressObject(order.shippingAddress),
    billingAddress: addressObject(order.billingAddress),
    totalPriceSet: bag(order.total, c),
    totalShippingPriceSet: bag(order.shipping, c),
    fulfillments: (args: { first?: number }) =>
      order.fulfillments.slice(0, args.first ?? 100).map((f) => ({
        id: f.id,
        status: f.status,
        displayStatus: f.deliveredAt ? "DELIVERED" : "FULFILLED",
        createdAt: f.createdAt,
        deliveredAt: f.deliveredAt ?? null,
        inTransitAt: null,
        requiresShipping: f.requiresShipping ?? true,
        events: (a: { first?: number }) => connection(f.events ?? [], a),
        fulfillmentLineItems: (a: { first?: number }) =>
          connection(
            f.lines.map((l) => ({ id: l.id, quantity: l.quantity, lineItem: { id: l.lineItemId } })),
            a,
          ),
      })),
    refunds: (args: { first?: number }) =>
      order.refunds.slice(0, args.first ?? 100).map((r) => refundObject(r, c)),
    returns: (args: { first?: number; after?: string | null }) =>
      connection(
        returns.map((r) => returnObject(shop, r)),
        args,
      ),
    lineItems: (args: { first?: number; after?: string | null }) =>
      connection(
        order.lines.map((line) => ({
          ...lineObject(line, c),
          refundableQuantity: Math.max(
            line.quantity - (line.removed ?? 0) - refundedUnits(order, line.id),
            0,
          ),
        })),
        args,
      ),
    transactions: (args: { first?: number }) =>
      order.transactions.slice(0, args.first ?? 100).map((t) => ({
        id: t.id,
        kind: t.kind,
        status: t.status,
        gateway: t.gateway,
        maximumRefundableV2: {
          amount: (
            Number(t.amount) - order.refunds.reduce((total, r) => total + Number(r.amount), 0)
          ).toFixed(2),
          currencyCode: c,
        },
      })),
  };
}

type Args = Record<string, unknown>;
type Input = Record<string, unknown>;

const userError = (message: string, field: string[] = [], code?: string) => ({
  field,
  message,
  ...(code ? { code } : {}),
});

function idempotencyKey(info: GraphQLResolveInfo): string | undefined {
  const directive = info.fieldNodes[0]?.directives?.find((d) => d.name.value === "idempotent");
  const arg = directive?.arguments?.find((a) => a.name.value === "key");
  if (!arg) return undefined;
  return String(valueFromASTUntyped(arg.value, info.variableValues));
}

function rootValue(shop: FakeShop, now: () => string) {
  const findOrder = (id: unknown) => shop.orders.get(String(id));
  const returnPayload = (ret: FakeReturn | undefined, errors: unknown[] = []) => ({
    return: ret && errors.length === 0 ? returnObject(shop, ret) : null,
    userErrors: errors,
  });
  const transition = (
    id: unknown,
    from: readonly FakeReturn["status"][],
    to: FakeReturn["status"],
    patch: (ret: FakeReturn) => void = () => {},
  ) => {
    const ret = shop.returns.get(String(id));
    if (!ret) return returnPayload(undefined, [userError("Return does not exist", ["id"], "NOT_FOUND")]);
    if (!from.includes(ret.status)) {
      return returnPayload(ret, [
        userError(`Return is ${ret.status.toLowerCase()}`, ["id"], "INVALID_STATE"),
      ]);
    }
    ret.status = to;
    patch(ret);
    return returnPayload(ret);
  };

  return {
    order: ({ id }: Args) => {
      const order = findOrder(id);
      return order ? orderObject(shop, order) : null;
    },
    orders: ({ query, first, after }: Args) => {
      const wanted = [...String(query ?? "").matchAll(/name:"([^"]*)"/g)].map((m) => m[1]!.toUpperCase());
      const hits = [...shop.orders.values()].filter((o) => wanted.includes(o.name.toUpperCase()));
      return connection(
        hits.map((o) => orderObject(shop, o)),
        { first: Number(first ?? 10), after: (after as string | null) ?? null },
      );
    },
    return: ({ id }: Args) => {
      const ret = shop.returns.get(String(id));
      return ret ? returnObject(shop, ret) : null;
    },
    returnReasonDefinitions: ({ handles }: Args) =>
      connection(
        FAKE_REASON_DEFINITIONS.filter((d) => !handles || (handles as string[]).includes(d.handle)).map(
          (d) => ({
            ...d,
            deleted: false,
          }),
        ),
        { first: 50 },
      ),
    currentAppInstallation: () => ({ accessScopes: shop.grantedScopes.map((handle) => ({ handle })) }),
    codeDiscountNodeByCode: ({ code }: Args) => {
      const found = shop.discounts.get(String(code).toUpperCase());
      return found
        ? {
            id: found.id,
            codeDiscount: { __typename: "DiscountCodeBasic", endsAt: found.input.endsAt ?? null },
          }
        : null;
    },
    returnRequest: ({ input }: Args) => {
      const { orderId, returnLineItems } = input as Input;
      const order = findOrder(orderId);
      if (!order)
        return returnPayload(undefined, [
          userError("Order does not exist", ["input", "orderId"], "NOT_FOUND"),
        ]);
      const lines: FakeReturnLine[] = [];
      for (const [i, item] of (returnLineItems as Input[]).entries()) {
        const fulfillmentLine = order.fulfillments
          .filter((f) => f.status === "SUCCESS")
          .flatMap((f) => f.lines)
          .find((l) => l.id === item.fulfillmentLineItemId);
        if (!fulfillmentLine) {
          return returnPayload(undefined, [
            userError(
              "Fulfillment line item does not exist",
              ["input", "returnLineItems", String(i)],
              "NOT_FOUND",
            ),
          ]);
        }
        const inReturns = [...shop.returns.values()]
          .filter((r) => r.status === "REQUESTED" || r.status === "OPEN")
          .flatMap((r) => r.lines)
          .filter((l) => l.fulfillmentLineItemId === fulfillmentLine.id)
          .reduce((t, l) => t + l.quantity, 0);
        const returnable =
          fulfillmentLine.quantity - inReturns - refundedUnits(order, fulfillmentLine.lineItemId);
        if (Number(item.quantity) > returnable) {
          return returnPayload(undefined, [
            userError(
              "Quantity is not returnable",
              ["input", "returnLineItems", String(i), "quantity"],
              "INVALID",
            ),
          ]);
        }
        lines.push({
          id: nextId("ReturnLineItem"),
          fulfillmentLineItemId: fulfillmentLine.id,
          lineItemId: fulfillmentLine.lineItemId,
          quantity: Number(item.quantity),
          refundedQuantity: 0,
          processedQuantity: 0,
          ...(item.customerNote ? { customerNote: String(item.customerNote) } : {}),
          ...(item.returnReasonDefinitionId
            ? { reasonDefinitionId: String(item.returnReasonDefinitionId) }
            : {}),
          ...(item.returnReason ? { legacyReason: String(item.returnReason) } : {}),
        });
      }
      const ret: FakeReturn = {
        id: nextId("Return"),
        orderId: order.id,
        status: "REQUESTED",
        createdAt: now(),
        lines,
      };
      shop.returns.set(ret.id, ret);
      return returnPayload(ret);
    },
    returnApproveRequest: ({ input }: Args) => transition((input as Input).id, ["REQUESTED"], "OPEN"),
    returnDeclineRequest: ({ input }: Args) => {
      const { id, declineReason, declineNote } = input as Input;
      return transition(id, ["REQUESTED"], "DECLINED", (ret) => {
        ret.decline = {
          reason: String(declineReason),
          ...(declineNote ? { note: String(declineNote) } : {}),
        };
      });
    },
    returnCancel: ({ id }: Args) => transition(id, ["REQUESTED", "OPEN"], "CANCELED"),
    returnClose: ({ id }: Args) => transition(id, ["OPEN"], "CLOSED"),
    returnReopen: ({ id }: Args) => transition(id, ["CLOSED"], "OPEN"),
    returnProcess: ({ input }: Args) => {
      const { returnId, returnLineItems, financialTransfer, note } = input as Input;
      const ret = shop.returns.get(String(returnId));
      if (!ret)
        return returnPayload(undefined, [
          userError("Return does not exist", ["input", "returnId"], "NOT_FOUND"),
        ]);
      if (ret.status !== "OPEN") {
        return returnPayload(ret, [userError("Return is not open", ["input", "returnId"], "INVALID_STATE")]);
      }
      const order = shop.orders.get(ret.orderId)!;
      const refundLines: FakeRefund["lines"] = [];
      for (const item of (returnLineItems as Input[] | undefined) ?? []) {
        const line = ret.lines.find((l) => l.id === item.id);
        if (!line || Number(item.quantity) > line.quantity - line.processedQuantity) {
          return returnPayload(ret, [
            userError("Quantity is not processable", ["input", "returnLineItems"], "INVALID"),
          ]);
        }
        line.processedQuantity += Number(item.quantity);
        refundLines.push({ lineItemId: line.lineItemId, quantity: Number(item.quantity) });
      }
      const issue = (financialTransfer as Input | undefined)?.issueRefund as Input | undefined;
      if (issue) {
        const transactions = (issue.orderTransactions as Input[]) ?? [];
        const methods = (issue.refundMethods as Input[] | undefined) ?? [];
        const total =
          transactions.reduce((t, tx) => t + Number((tx.transactionAmount as Input).amount), 0) +
          methods.reduce((t, m) => t + Number(((m.storeCreditRefund as Input).amount as Input).amount), 0);
        const refund: FakeRefund = {
          id: nextId("Refund"),
          createdAt: now(),
          amount: total.toFixed(2),
          lines: refundLines,
          returnId: ret.id,
          ...(note ? { note: String(note) } : {}),
        };
        order.refunds.push(refund);
        for (const l of refundLines) {
          const line = ret.lines.find((r) => r.lineItemId === l.lineItemId)!;
          line.refundedQuantity += l.quantity;
        }
      }
      if (ret.lines.every((l) => l.processedQuantity >= l.quantity)) ret.status = "CLOSED";
      return returnPayload(ret);
    },
    refundCreate: ({ input }: Args, _context: unknown, info: GraphQLResolveInfo) => {
      const key = idempotencyKey(info);
      if (!key) {
        throw new Error("An idempotency key is required; use the @idempotent directive");
      }
      if (shop.idempotent.has(key)) return shop.idempotent.get(key);
      const { orderId, refundLineItems, transactions, note } = input as Input;
      const order = findOrder(orderId);
      if (!order) return { refund: null, userErrors: [userError("Order does not exist", ["orderId"])] };
      const lines: FakeRefund["lines"] = [];
      for (const item of (refundLineItems as Input[] | undefined) ?? []) {
        const line = order.lines.find((l) => l.id === item.lineItemId);
        if (!line)
          return { refund: null, userErrors: [userError("Line item does not exist", ["refundLineItems"])] };
        const refundable = line.quantity - (line.removed ?? 0) - refundedUnits(order, line.id);
        if (Number(item.quantity) > refundable) {
          return {
            refund: null,
            userErrors: [
              userError("Quantity cannot refund more items than were purchased", [
                "refundLineItems",
                "quantity",
              ]),
            ],
          };
        }
        if (Number(item.quantity) > 0) lines.push({ lineItemId: line.id, quantity: Number(item.quantity) });
      }
      const amount = ((transactions as Input[] | undefined) ?? []).reduce(
        (t, tx) => t + Number(tx.amount),
        0,
      );
      const refund: FakeRefund = {
        id: nextId("Refund"),
        createdAt: now(),
        amount: amount.toFixed(2),
        lines,
        ...(note ? { note: String(note) } : {}),
      };
      order.refunds.push(refund);
      const payload = {
        refund: {
          id: refund.id,
          createdAt: refund.createdAt,
          totalRefundedSet: bag(refund.amount, order.currency),
        },
        userErrors: [],
      };
      shop.idempotent.set(key, payload);
      return payload;
    },
    storeCreditAccountCredit: ({ id, creditInput }: Args) => {
      const owner = String(id);
      if (!shop.customers.has(owner)) {
        return {
          storeCreditAccountTransaction: null,
          userErrors: [userError("Owner does not exist", ["id"], "ACCOUNT_NOT_FOUND")],
        };
      }
      const credit = (creditInput as Input).creditAmount as Input;
      const entries = shop.storeCredit.get(owner) ?? [];
      entries.push({ amount: String(credit.amount), currency: String(credit.currencyCode) });
      shop.storeCredit.set(owner, entries);
      const balance = entries
        .filter((e) => e.currency === credit.currencyCode)
        .reduce((t, e) => t + Number(e.amount), 0);
      return {
        storeCreditAccountTransaction: {
          id: nextId("StoreCreditAccountCreditTransaction"),
          amount: { amount: String(credit.amount), currencyCode: credit.currencyCode },
          balanceAfterTransaction: { amount: balance.toFixed(2), currencyCode: credit.currencyCode },
        },
        userErrors: [],
      };
    },
    discountCodeBasicCreate: ({ basicCodeDiscount }: Args) => {
      const input = basicCodeDiscount as Input;
      const code = String(input.code ?? "").toUpperCase();
      if (shop.discounts.has(code)) {
        return {
          codeDiscountNode: null,
          userErrors: [
            userError(
              "Code must be unique. Please try a different code.",
              ["basicCodeDiscount", "code"],
              "TAKEN",
            ),
          ],
        };
      }
      const id = nextId("DiscountCodeNode");
      shop.discounts.set(code, { id, code, input });
      return { codeDiscountNode: { id }, userErrors: [] };
    },
    orderUpdate: ({ input }: Args) => {
      const { id, note } = input as Input;
      const order = findOrder(id);
      if (!order) return { order: null, userErrors: [userError("Order does not exist", ["id"])] };
      if (typeof note === "string") order.note = note;
      return { order: { id: order.id }, userErrors: [] };
    },
  };
}

function operationName(document: DocumentNode): string {
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return op && "name" in op && op.name ? op.name.value : "anonymous";
}

const COST = 50;

/** msw handlers for the fake shop's Admin GraphQL endpoint, plus a catch-all that records strays. */
export function fakeAdminApiHandlers(shop: FakeShop, options: { now?: () => string } = {}) {
  const now = options.now ?? (() => "2026-03-01T10:00:00.000Z");
  const root = rootValue(shop, now);
  const cost = (available: number) => ({
    requestedQueryCost: COST,
    actualQueryCost: available >= COST ? COST : null,
    throttleStatus: { maximumAvailable: 2000, currentlyAvailable: available, restoreRate: 100 },
  });
  return [
    http.post(`https://${shop.domain}/admin/api/:version/graphql.json`, async ({ request, params }) => {
      if (params.version !== ADMIN_API_VERSION) {
        shop.unexpected.push(`api version ${String(params.version)}`);
        return HttpResponse.json({ errors: "Not Found" }, { status: 404 });
      }
      if (request.headers.get("X-Shopify-Access-Token") !== shop.accessToken) {
        return HttpResponse.json({ errors: "[API] Invalid API key or access token" }, { status: 401 });
      }
      const body = (await request.json()) as { query: string; variables?: Record<string, unknown> };
      const document = parse(body.query);
      const name = operationName(document);
      const variables = body.variables ?? {};
      const invalid = validate(adminSchema(), document);
      if (invalid.length > 0) {
        shop.calls.push({ operationName: name, variables, status: "invalid" });
        return HttpResponse.json({ errors: invalid.map((e) => ({ message: e.message })) });
      }
      if (shop.throttleNext > 0) {
        shop.throttleNext--;
        shop.calls.push({ operationName: name, variables, status: "throttled" });
        return HttpResponse.json({
          errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }],
          extensions: { cost: cost(10) },
        });
      }
      const missing = requiredScopes(document).filter((anyOf) => !satisfies(shop.grantedScopes, anyOf));
      if (missing.length > 0) {
        shop.calls.push({ operationName: name, variables, status: "denied" });
        return HttpResponse.json({
          errors: [
            {
              message: `Access denied. Required access: ${missing.map((m) => m.join(" or ")).join(", ")}`,
              extensions: { code: "ACCESS_DENIED" },
            },
          ],
        });
      }
      shop.calls.push({ operationName: name, variables, status: "ok" });
      const result: ExecutionResult = await execute({
        schema: adminSchema(),
        document,
        rootValue: root,
        variableValues: variables,
      });
      return HttpResponse.json({
        ...(result.data ? { data: result.data } : {}),
        ...(result.errors
          ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path })) }
          : {}),
        extensions: { cost: cost(1950) },
      });
    }),
    http.all("*", ({ request }) => {
      shop.unexpected.push(`${request.method} ${request.url}`);
      return HttpResponse.json({ error: "unexpected request" }, { status: 500 });
    }),
  ];
}
