import {
  type ActionCapabilities,
  type ActionFailure,
  type ActionResult,
  type AfterSalesActions,
  actionFailure,
  CouponRequestSchema,
  type CouponResult,
  IdempotencyKeySchema,
  OrderNoteRequestSchema,
  type OrderNoteResult,
  parseActionRequest,
  parseMoney,
  precheckRefund,
  type RefundResult,
  toDecimalString,
  unsupportedAction,
} from "@aftersales/core";
import { z } from "zod";
import type { WooCommerceClient } from "../client/client.js";
import { WooCommerceError } from "../client/errors.js";
import {
  type WooCoupon,
  WooCouponSchema,
  WooNoteSchema,
  WooOrderSchema,
  type WooRefund,
  WooRefundSchema,
} from "../client/payloads.js";
import { gmtInstant } from "../order/dates.js";
import { WOOCOMMERCE_PLATFORM } from "../order/map-order.js";
import { isWooId, type WooCommerceOrderSource } from "../order/order-source.js";
import { couponCode } from "./coupon-code.js";
import { failureFromError } from "./failures.js";
import { IDEMPOTENCY_META_KEY, planRefund, refundWithKey } from "./refund.js";
import { createReplayStore } from "./replay.js";

/** WooCommerce's own order statuses (plugins may add more). */
export const WooOrderStatus = {
  pending: "pending",
  processing: "processing",
  "on-hold": "on-hold",
  completed: "completed",
  cancelled: "cancelled",
  refunded: "refunded",
  failed: "failed",
} as const;

/** Changes an order's status (only to a status the merchant allowed). */
export const OrderStatusRequestSchema = z.object({
  orderId: z.string().trim().min(1),
  status: z.string().trim().min(1),
  idempotencyKey: IdempotencyKeySchema,
});
/** An order status change. */
export type OrderStatusRequest = z.infer<typeof OrderStatusRequestSchema>;
/** The outcome of {@link WooCommerceActions.updateOrderStatus}. */
export type OrderStatusResult = ActionResult<{ orderId: string; status: string }>;

/** What the merchant lets Aftersales do in their store. */
export interface WooCommerceActionsOptions {
  /**
   * Refund through the payment gateway (`api_refund: true`). Off by default: refunds are recorded
   * on the order ("manual refund") and the merchant pays them out.
   */
  readonly gatewayRefunds?: boolean;
  /** Allow `refund({ restock: true })` (WooCommerce's `api_restock`); default on. */
  readonly restock?: boolean;
  /** Allow issuing coupons; default on. */
  readonly coupons?: boolean;
  /** Allow writing order notes; default on. */
  readonly orderNotes?: boolean;
  /** Statuses staff may move an order to with `updateOrderStatus`; default none. */
  readonly orderStatusTargets?: readonly string[];
  /** Secret that makes coupon codes unguessable from idempotency keys. */
  readonly couponSecret: string;
  /** Prefix of generated coupon codes (default `as`). */
  readonly couponPrefix?: string;
  /**
   * The store's currency. WooCommerce coupons carry no currency (fixed amounts are in the store
   * currency); when given, a fixed-amount coupon in another currency is refused.
   */
  readonly storeCurrency?: string;
  /** How many idempotency keys per action are remembered in this process (default 1,000). */
  readonly replayLimit?: number;
}

/** The WooCommerce {@link AfterSalesActions}, plus order status changes. */
export interface WooCommerceActions extends AfterSalesActions {
  /** Statuses `updateOrderStatus` accepts. */
  readonly orderStatusTargets: readonly string[];
  /** Moves an order to one of {@link orderStatusTargets} (`PUT /orders/<id>`). */
  updateOrderStatus(request: z.input<typeof OrderStatusRequestSchema>): Promise<OrderStatusResult>;
}

function notFound(what: string): ActionFailure {
  return actionFailure("not_found", `${what} does not exist in WooCommerce`);
}

/**
 * Creates the WooCommerce actions. Refunds are recorded (or paid through the gateway when
 * configured), never for zero, with line amounts that add up exactly; notes and coupons are
 * written through the REST API; returns and store credit are not WooCommerce features and answer
 * `unsupported`. Every mutating call is idempotent per key.
 */
export function createWooCommerceActions(
  client: WooCommerceClient,
  source: WooCommerceOrderSource,
  options: WooCommerceActionsOptions,
): WooCommerceActions {
  const capabilities: ActionCapabilities = {
    platformReturns: false,
    refunds: true,
    refundsToOriginalPayment: options.gatewayRefunds ?? false,
    storeCredit: false,
    coupons: options.coupons ?? true,
    orderNotes: options.orderNotes ?? true,
    restock: options.restock ?? true,
    // WooCommerce marks a fully refunded order "refunded" by itself.
    orderStatus: true,
  };
  const orderStatusTargets = [...(options.orderStatusTargets ?? [])];
  const replay = createReplayStore(options.replayLimit);
  const prefix = options.couponPrefix ?? "as";

  function refundResult(refund: WooRefund, currency: string): Extract<RefundResult, { ok: true }> {
    const createdAt = gmtInstant(refund.date_created_gmt);
    return {
      ok: true,
      refundId: String(refund.id),
      amount: { amount: Math.abs(parseMoney(refund.amount, currency).amount), currency },
      ...(createdAt ? { createdAt } : {}),
    };
  }

  function couponResult(coupon: WooCoupon): Extract<CouponResult, { ok: true }> {
    const expiresAt = gmtInstant(coupon.date_expires_gmt);
    return { ok: true, couponId: String(coupon.id), code: coupon.code, ...(expiresAt ? { expiresAt } : {}) };
  }

  return {
    platform: WOOCOMMERCE_PLATFORM,
    capabilities,
    orderStatusTargets,

    async createReturn() {
      return unsupportedAction("platformReturns");
    },
    async approveReturn() {
      return unsupportedAction("platformReturns");
    },
    async declineReturn() {
      return unsupportedAction("platformReturns");
    },
    async issueStoreCredit() {
      return unsupportedAction("storeCredit");
    },

    async refund(input) {
      if (!capabilities.refunds) return unsupportedAction("refunds");
      const checked = precheckRefund(input);
      if (!checked.ok) return checked;
      const { request } = checked;
      if (request.restock && !capabilities.restock) return unsupportedAction("restock");
      return replay.run("refund", request.idempotencyKey, request, async (): Promise<RefundResult> => {
        try {
          const order = await source.readRawOrder(request.orderId);
          if (!order) return notFound(`Order ${request.orderId}`);
          const currency = order.currency.toUpperCase();
          const refunds =
            order.refunds.length > 0 ? await client.list(`orders/${order.id}/refunds`, WooRefundSchema) : [];
          const earlier = refundWithKey(refunds, request.idempotencyKey);
          if (earlier) {
            const result = refundResult(earlier, currency);
            if (
              result.amount.amount !== request.amount.amount ||
              result.amount.currency !== request.amount.currency
            ) {
              return actionFailure(
                "idempotency_key_reused",
                `Idempotency key ${request.idempotencyKey} already made refund ${earlier.id} of ${toDecimalString(result.amount)} ${currency}`,
              );
            }
            return result;
          }
          const plan = planRefund(order, refunds, request, {
            gatewayRefunds: capabilities.refundsToOriginalPayment,
          });
          if (!plan.ok) return plan;
          try {
            const created = await client.post(`orders/${order.id}/refunds`, plan.payload, WooRefundSchema);
            return refundResult(created, currency);
          } catch (error) {
            // wc_create_refund's own refusals ("Invalid refund amount.", a gateway that said no)
            // arrive as HTTP 500 `woocommerce_rest_cannot_create_order_refund`: answers, not outages.
            if (
              error instanceof WooCommerceError &&
              error.wcCode === "woocommerce_rest_cannot_create_order_refund"
            ) {
              return /invalid refund amount/i.test(error.message)
                ? actionFailure("exceeds_refundable", error.message)
                : actionFailure("platform_error", error.message);
            }
            throw error;
          }
        } catch (error) {
          return failureFromError(error);
        }
      });
    },

    async issueCoupon(input) {
      if (!capabilities.coupons) return unsupportedAction("coupons");
      const parsed = parseActionRequest(CouponRequestSchema, input);
      if (!parsed.ok) return parsed;
      const { request } = parsed;
      if (request.amount && options.storeCurrency && request.amount.currency !== options.storeCurrency) {
        return actionFailure(
          "currency_mismatch",
          `WooCommerce coupons are in the store currency ${options.storeCurrency}, not ${request.amount.currency}`,
        );
      }
      return replay.run("coupon", request.idempotencyKey, request, async (): Promise<CouponResult> => {
        try {
          for (let attempt = 0; attempt < 3; attempt++) {
            const code = couponCode(options.couponSecret, request.idempotencyKey, prefix, attempt);
            const body = {
              code,
              discount_type: request.amount ? "fixed_cart" : "percent",
              amount: request.amount ? toDecimalString(request.amount) : String(request.percent),
              individual_use: false,
              usage_limit: request.usageLimit,
              ...(request.customerEmail
                ? { email_restrictions: [request.customerEmail], usage_limit_per_user: 1 }
                : {}),
              ...(request.expiresAt
                ? { date_expires_gmt: new Date(request.expiresAt).toISOString().slice(0, 19) }
                : {}),
              ...(request.title ? { description: request.title } : {}),
              meta_data: [{ key: IDEMPOTENCY_META_KEY, value: request.idempotencyKey }],
            };
            try {
              return couponResult(await client.post("coupons", body, WooCouponSchema));
            } catch (error) {
              if (
                !(
                  error instanceof WooCommerceError &&
                  error.wcCode === "woocommerce_rest_coupon_code_already_exists"
                )
              ) {
                throw error;
              }
              // The same request made it before (a retry after a lost answer), or a hand-made coupon
              // took the code: only ours carries the key.
              const existing = await client.list("coupons", WooCouponSchema, { code }, { maxPages: 1 });
              const ours = existing.find((coupon) =>
                coupon.meta_data.some(
                  (m) => m.key === IDEMPOTENCY_META_KEY && m.value === request.idempotencyKey,
                ),
              );
              if (ours) return couponResult(ours);
            }
          }
          return actionFailure("platform_error", "Could not find a free coupon code after 3 attempts");
        } catch (error) {
          return failureFromError(error);
        }
      });
    },

    async addOrderNote(input) {
      if (!capabilities.orderNotes) return unsupportedAction("orderNotes");
      const parsed = parseActionRequest(OrderNoteRequestSchema, input);
      if (!parsed.ok) return parsed;
      const { request } = parsed;
      if (!isWooId(request.orderId)) return notFound(`Order ${request.orderId}`);
      return replay.run("note", request.idempotencyKey, request, async (): Promise<OrderNoteResult> => {
        try {
          const note = await client.post(
            `orders/${request.orderId}/notes`,
            { note: request.body, customer_note: request.customerVisible },
            WooNoteSchema,
          );
          return { ok: true, noteId: String(note.id) };
        } catch (error) {
          return failureFromError(error);
        }
      });
    },

    async updateOrderStatus(input) {
      const parsed = parseActionRequest(OrderStatusRequestSchema, input);
      if (!parsed.ok) return parsed;
      const { request } = parsed;
      if (!orderStatusTargets.includes(request.status)) {
        return actionFailure(
          "unsupported",
          `The merchant does not allow moving orders to "${request.status}"`,
        );
      }
      if (!isWooId(request.orderId)) return notFound(`Order ${request.orderId}`);
      return replay.run("status", request.idempotencyKey, request, async (): Promise<OrderStatusResult> => {
        try {
          const order = await client.put(
            `orders/${request.orderId}`,
            { status: request.status },
            WooOrderSchema,
          );
          return { ok: true, orderId: String(order.id), status: order.status };
        } catch (error) {
          return failureFromError(error);
        }
      });
    },
  };
}
