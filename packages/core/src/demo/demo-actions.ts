import type { Money } from "../money/money.js";
import { linePaid } from "../order/lines.js";
import {
  type ActionCapabilities,
  type ActionFailure,
  type AfterSalesActions,
  ApproveReturnRequestSchema,
  actionFailure,
  type CouponRequest,
  CouponRequestSchema,
  type CouponResult,
  type CreateReturnRequest,
  CreateReturnRequestSchema,
  type DeclineReturnRequest,
  DeclineReturnRequestSchema,
  type OrderNoteRequest,
  OrderNoteRequestSchema,
  type OrderNoteResult,
  parseActionRequest,
  precheckRefund,
  type RefundRequest,
  type RefundResult,
  type ReturnResult,
  type ReturnStatus,
  type StoreCreditRequest,
  StoreCreditRequestSchema,
  type StoreCreditResult,
  unsupportedAction,
} from "../ports/actions.js";
import { demoCouponCode } from "./coupon-code.js";
import type { DemoOrderBook } from "./demo-order-source.js";
import {
  type DemoIds,
  type DemoOrderRecord,
  type DemoReturnRecord,
  refundableUnits,
  refundedOnLine,
} from "./state.js";

type Success<R> = Extract<R, { readonly ok: true }>;

/** What each demo action records: the request as parsed and its successful result. */
interface DemoActivityKinds {
  createReturn: { request: CreateReturnRequest; result: Success<ReturnResult> };
  approveReturn: { request: { returnId: string; idempotencyKey: string }; result: Success<ReturnResult> };
  declineReturn: { request: DeclineReturnRequest; result: Success<ReturnResult> };
  refund: { request: RefundRequest; result: Success<RefundResult> };
  issueStoreCredit: { request: StoreCreditRequest; result: Success<StoreCreditResult> };
  issueCoupon: { request: CouponRequest; result: Success<CouponResult> };
  addOrderNote: { request: OrderNoteRequest; result: Success<OrderNoteResult> };
}

/** One thing the demo store's actions did, in the order they happened (replays are not repeated). */
export type DemoActivity = {
  [K in keyof DemoActivityKinds]: { readonly action: K; readonly at: string } & DemoActivityKinds[K];
}[keyof DemoActivityKinds];

/** The state the demo actions change; it lives inside one `createDemoStore` call. */
export interface DemoActionsState {
  readonly book: DemoOrderBook;
  readonly ids: DemoIds;
  readonly capabilities: ActionCapabilities;
  /** The current instant for timestamps. */
  readonly now: () => string;
  readonly activity: DemoActivity[];
}

/** JSON with object keys sorted, so two equal requests give the same fingerprint. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The demo store's {@link AfterSalesActions}: every action changes the in-memory orders and is logged. */
export function createDemoActions(state: DemoActionsState): AfterSalesActions {
  const { book, ids, capabilities } = state;
  const replays = new Map<string, { fingerprint: string; result: unknown }>();
  const couponCodes = new Set<string>();
  const creditBalances = new Map<string, number>();
  const customers = new Set(
    [...book.byId.values()].flatMap((record) =>
      record.placed.customer.id ? [record.placed.customer.id] : [],
    ),
  );

  /**
   * Runs `perform` once per method and idempotency key, with one instant (read from the clock on
   * first use) for everything the action stamps: a repeat with the same request returns a
   * copy of the first successful result, a repeat with a different request is refused. Failures
   * are not remembered, so a corrected retry can succeed.
   */
  function once<K extends keyof DemoActivityKinds>(
    action: K,
    request: DemoActivityKinds[K]["request"],
    perform: (at: () => string) => DemoActivityKinds[K]["result"] | ActionFailure,
  ): DemoActivityKinds[K]["result"] | ActionFailure {
    const key = `${action}\u0000${request.idempotencyKey}`;
    const { idempotencyKey: _, ...rest } = request;
    const print = fingerprint(rest);
    const previous = replays.get(key);
    if (previous) {
      if (previous.fingerprint !== print) {
        return actionFailure(
          "idempotency_key_reused",
          `Idempotency key ${request.idempotencyKey} was already used for a different ${action} request`,
        );
      }
      return structuredClone(previous.result) as DemoActivityKinds[K]["result"];
    }
    let instant: string | undefined;
    const at = () => {
      instant ??= state.now();
      return instant;
    };
    const result = perform(at);
    if (result.ok) {
      replays.set(key, { fingerprint: print, result: structuredClone(result) });
      state.activity.push({
        action,
        at: at(),
        request,
        result: structuredClone(result),
      } as DemoActivity);
    }
    return result;
  }

  function findOrder(orderId: string): DemoOrderRecord | ActionFailure {
    return book.byId.get(orderId) ?? actionFailure("not_found", `No order ${orderId}`);
  }

  function findReturn(returnId: string): DemoReturnRecord | ActionFailure {
    for (const record of book.byId.values()) {
      const found = record.returns.find((entry) => entry.id === returnId);
      if (found) return found;
    }
    return actionFailure("not_found", `No return ${returnId}`);
  }

  function decideReturn(
    action: "approveReturn" | "declineReturn",
    request: { returnId: string; idempotencyKey: string },
    to: ReturnStatus,
  ) {
    return once(action, request, () => {
      const found = findReturn(request.returnId);
      if ("ok" in found) return found;
      if (found.status !== "requested") {
        return actionFailure("invalid_state", `Return ${found.id} is ${found.status}, not requested`);
      }
      found.status = to;
      return { ok: true as const, returnId: found.id, status: to };
    });
  }

  return {
    platform: "demo",
    capabilities: { ...capabilities },

    async createReturn(input) {
      if (!capabilities.platformReturns) return unsupportedAction("platformReturns");
      const parsed = parseActionRequest(CreateReturnRequestSchema, input);
      if (!parsed.ok) return parsed;
      const { request } = parsed;
      return once("createReturn", request, (at) => {
        const record = findOrder(request.orderId);
        if ("ok" in record) return record;
        if (!record.placed.fulfilledAt) {
          return actionFailure("invalid_state", `Order ${record.placed.number} has not been fulfilled yet`);
        }
        for (const part of request.lines) {
          const line = record.placed.lines.find((candidate) => candidate.id === part.lineId);
          if (!line)
            return actionFailure("not_found", `No line ${part.lineId} on order ${record.placed.number}`);
          const left = refundableUnits(record, line);
          if (part.quantity > left) {
            return actionFailure(
              "exceeds_refundable",
              `Line ${line.id} has ${left} returnable unit(s), asked ${part.quantity}`,
            );
          }
        }
        const created: DemoReturnRecord = {
          id: ids.next("Return"),
          createdAt: at(),
          status: "requested",
          lines: request.lines.map(({ lineId, quantity }) => ({ lineId, quantity })),
        };
        record.returns.push(created);
        return { ok: true as const, returnId: created.id, status: created.status };
      });
    },

    async approveReturn(input) {
      if (!capabilities.platformReturns) return unsupportedAction("platformReturns");
      const parsed = parseActionRequest(ApproveReturnRequestSchema, input);
      if (!parsed.ok) return parsed;
      return decideReturn("approveReturn", parsed.request, "open");
    },

    async declineReturn(input) {
      if (!capabilities.platformReturns) return unsupportedAction("platformReturns");
      const parsed = parseActionRequest(DeclineReturnRequestSchema, input);
      if (!parsed.ok) return parsed;
      return decideReturn("declineReturn", parsed.request, "declined");
    },

    async refund(input) {
      if (!capabilities.refunds) return unsupportedAction("refunds");
      const checked = precheckRefund(input);
      if (!checked.ok) return checked;
      const { request } = checked;
      if (request.restock && !capabilities.restock) return unsupportedAction("restock");
      return once("refund", request, (at) => {
        const record = findOrder(request.orderId);
        if ("ok" in record) return record;
        const order = record.placed;
        if (request.amount.currency !== order.currency) {
          return actionFailure(
            "currency_mismatch",
            `Order ${order.number} is in ${order.currency}, not ${request.amount.currency}`,
          );
        }
        let fromReturn: DemoReturnRecord | undefined;
        if (request.returnId !== undefined) {
          fromReturn = record.returns.find((entry) => entry.id === request.returnId);
          if (!fromReturn)
            return actionFailure("not_found", `No return ${request.returnId} on order ${order.number}`);
          if (fromReturn.status !== "requested" && fromReturn.status !== "open") {
            return actionFailure("invalid_state", `Return ${fromReturn.id} is ${fromReturn.status}`);
          }
        }
        for (const part of request.lines) {
          const line = order.lines.find((candidate) => candidate.id === part.lineId);
          if (!line) return actionFailure("not_found", `No line ${part.lineId} on order ${order.number}`);
          const units = refundableUnits(record, line, fromReturn?.id);
          if (part.quantity > units) {
            return actionFailure(
              "exceeds_refundable",
              `Line ${line.id} has ${units} refundable unit(s), asked ${part.quantity}`,
            );
          }
          const left = linePaid(line).amount - refundedOnLine(record, line.id);
          if (part.amount.amount > left) {
            return actionFailure(
              "exceeds_refundable",
              `Line ${line.id} has ${left} (minor units) left to refund, asked ${part.amount.amount}`,
            );
          }
        }
        if (request.shipping) {
          const refunded = record.refunds.reduce(
            (total, refund) => total + (refund.shipping?.amount ?? 0),
            0,
          );
          const left = (order.shippingTotal?.amount ?? 0) - refunded;
          if (request.shipping.amount > left) {
            return actionFailure("exceeds_refundable", `Shipping has ${left} (minor units) left to refund`);
          }
        }
        const createdAt = at();
        const refundId = ids.next("Refund");
        record.refunds.push({
          id: refundId,
          createdAt,
          amount: request.amount,
          lines: request.lines,
          ...(request.shipping ? { shipping: request.shipping } : {}),
          ...(request.note === undefined ? {} : { note: request.note }),
        });
        if (fromReturn) fromReturn.status = "closed";
        return { ok: true as const, refundId, amount: request.amount, createdAt };
      });
    },

    async issueStoreCredit(input) {
      if (!capabilities.storeCredit) return unsupportedAction("storeCredit");
      const parsed = parseActionRequest(StoreCreditRequestSchema, input);
      if (!parsed.ok) return parsed;
      const { request } = parsed;
      return once("issueStoreCredit", request, () => {
        if (!customers.has(request.customerId)) {
          return actionFailure("not_found", `No registered customer ${request.customerId}`);
        }
        const account = `${request.customerId} ${request.amount.currency}`;
        const balance: Money = {
          amount: (creditBalances.get(account) ?? 0) + request.amount.amount,
          currency: request.amount.currency,
        };
        creditBalances.set(account, balance.amount);
        return {
          ok: true as const,
          creditId: ids.next("StoreCreditTransaction"),
          amount: request.amount,
          balance,
        };
      });
    },

    async issueCoupon(input) {
      if (!capabilities.coupons) return unsupportedAction("coupons");
      const parsed = parseActionRequest(CouponRequestSchema, input);
      if (!parsed.ok) return parsed;
      const { request } = parsed;
      return once("issueCoupon", request, () => {
        const code = demoCouponCode(request.idempotencyKey, (candidate) => couponCodes.has(candidate));
        couponCodes.add(code);
        return {
          ok: true as const,
          couponId: ids.next("DiscountCode"),
          code,
          ...(request.expiresAt === undefined ? {} : { expiresAt: request.expiresAt }),
        };
      });
    },

    async addOrderNote(input) {
      if (!capabilities.orderNotes) return unsupportedAction("orderNotes");
      const parsed = parseActionRequest(OrderNoteRequestSchema, input);
      if (!parsed.ok) return parsed;
      const { request } = parsed;
      return once("addOrderNote", request, () => {
        const record = findOrder(request.orderId);
        if ("ok" in record) return record;
        return { ok: true as const, noteId: ids.next("OrderNote") };
      });
    },
  };
}
