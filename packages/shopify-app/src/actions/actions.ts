import {
  type ActionCapabilities,
  type ActionCapability,
  type ActionFailure,
  type AfterSalesActions,
  ApproveReturnRequestSchema,
  actionFailure,
  CouponRequestSchema,
  type CouponResult,
  CreateReturnRequestSchema,
  DeclineReturnRequestSchema,
  type Money,
  OrderNoteRequestSchema,
  type OrderNoteResult,
  type OrderSnapshot,
  type OrderSource,
  parseActionRequest,
  parseMoney,
  precheckRefund,
  type RefundRequest,
  type RefundResult,
  type ReturnResult,
  StoreCreditRequestSchema,
  type StoreCreditResult,
  toDecimalString,
  unsupportedAction,
} from "@aftersales/core";
import type {
  DiscountByCodeQuery,
  DiscountCodeBasicCreateMutation,
  GetOrderQuery,
  GetReturnQuery,
  OrderNoteQuery,
  OrderRefundContextQuery,
  OrderUpdateNoteMutation,
  RefundCreateMutation,
  ReturnApproveRequestMutation,
  ReturnCancelMutation,
  ReturnCloseMutation,
  ReturnDeclineRequestMutation,
  ReturnProcessMutation,
  ReturnReasonDefinitionsQuery,
  ReturnReopenMutation,
  ReturnRequestMutation,
  StoreCreditAccountCreditMutation,
} from "../graphql/admin.gen.js";
import type { AdminApiClient, AdminApiResult } from "../graphql/client.js";
import {
  DISCOUNT_BY_CODE,
  DISCOUNT_CODE_BASIC_CREATE,
  GET_ORDER,
  GET_RETURN,
  ORDER_NOTE,
  ORDER_REFUND_CONTEXT,
  ORDER_UPDATE_NOTE,
  REFUND_CREATE,
  RETURN_APPROVE_REQUEST,
  RETURN_CANCEL,
  RETURN_CLOSE,
  RETURN_DECLINE_REQUEST,
  RETURN_PROCESS,
  RETURN_REASON_DEFINITIONS,
  RETURN_REOPEN,
  RETURN_REQUEST,
  STORE_CREDIT_ACCOUNT_CREDIT,
} from "../graphql/documents.js";
import { RETURN_STATUS } from "../order/map-order.js";
import { toGid } from "../order/order-id.js";
import { createShopifyOrderSource } from "../order/order-source.js";
import { capabilitiesFromScopes } from "./capabilities.js";
import { type IdempotencyStore, keyToken, memoryIdempotencyStore, requestHash } from "./idempotency.js";
import { DECLINE_REASONS, DEFAULT_REASON_HANDLES } from "./reasons.js";

/** What {@link createShopifyActions} needs. */
export interface ShopifyActionsOptions {
  readonly client: AdminApiClient;
  /** The scopes the merchant granted; they decide the capability flags. */
  readonly scopes: readonly string[];
  /** Where first results are remembered (default: in memory, per instance). */
  readonly idempotency?: IdempotencyStore;
  /** The location restocked units go back to (`returnProcess` needs one to restock). */
  readonly restockLocationId?: string;
  /** Our reason code → Shopify reason definition handles, best first. */
  readonly reasonHandles?: Readonly<Record<string, readonly string[]>>;
  /** Ask Shopify to email the shopper about approvals and declines (default true). */
  readonly notifyCustomer?: boolean;
  /** The current instant (ISO); injected for tests. */
  readonly now?: () => string;
}

/** Return lifecycle steps beyond the core port: cancel, close, reopen. */
export interface ShopifyReturnLifecycle {
  cancelReturn(returnId: string): Promise<ReturnResult>;
  closeReturn(returnId: string): Promise<ReturnResult>;
  reopenReturn(returnId: string): Promise<ReturnResult>;
}

/** The Shopify actions: core's port plus the extra return lifecycle steps. */
export type ShopifyAfterSalesActions = AfterSalesActions & ShopifyReturnLifecycle;

type UserError = {
  readonly message: string;
  readonly code?: string | null;
  readonly field?: readonly string[] | null;
};

function fromApiFailure(result: Extract<AdminApiResult<unknown>, { ok: false }>): ActionFailure {
  switch (result.kind) {
    case "throttled":
      return actionFailure("rate_limited", result.message, { retryable: true });
    case "unauthorized":
      return actionFailure("unauthorized", result.message);
    case "unavailable":
      return actionFailure("platform_error", result.message, { retryable: true });
    case "graphql":
      // Shopify answers an id of the right type that no longer exists with a top-level error.
      if (/not exist|not found|invalid id/i.test(result.message))
        return actionFailure("not_found", result.message);
      return actionFailure("platform_error", result.message);
  }
}

function fromUserErrors(errors: readonly UserError[]): ActionFailure {
  const message = errors.map((e) => e.message).join("; ");
  const codes = errors.map((e) => e.code ?? "");
  if (
    codes.some((c) => c === "NOT_FOUND" || c === "ACCOUNT_NOT_FOUND" || c === "OWNER_NOT_FOUND") ||
    /does not exist/i.test(message)
  ) {
    return actionFailure("not_found", message);
  }
  if (codes.includes("INVALID_STATE")) return actionFailure("invalid_state", message);
  if (/more items than|not returnable|not processable|exceed/i.test(message)) {
    return actionFailure("exceeds_refundable", message);
  }
  if (codes.includes("MISMATCHING_CURRENCY") || codes.includes("UNSUPPORTED_CURRENCY")) {
    return actionFailure("currency_mismatch", message);
  }
  return actionFailure("platform_error", message);
}

/** What every return mutation answers. */
type ReturnPayload = {
  return?: { id: string; status: keyof typeof RETURN_STATUS } | null;
  userErrors: readonly UserError[];
};

const decimal = (value: Money) => ({ amount: toDecimalString(value), currencyCode: value.currency });

/**
 * `AfterSalesActions` through the Admin GraphQL API: returns through the Returns API
 * (`returnRequest` → `returnApproveRequest` / `returnDeclineRequest` → `returnProcess`), refunds
 * outside a return with `refundCreate` (idempotent on Shopify's side too), store credit with
 * `storeCreditAccountCredit`, complaint coupons with `discountCodeBasicCreate`, and notes on the
 * order. Capability flags follow the granted scopes. Passes `runAfterSalesActionsContract`.
 */
export function createShopifyActions(options: ShopifyActionsOptions): ShopifyAfterSalesActions {
  const { client } = options;
  const capabilities: ActionCapabilities = capabilitiesFromScopes(options.scopes);
  const store = options.idempotency ?? memoryIdempotencyStore();
  const reasonHandles = options.reasonHandles ?? DEFAULT_REASON_HANDLES;
  const notifyCustomer = options.notifyCustomer ?? true;
  const now = options.now ?? (() => new Date().toISOString());
  const orders: OrderSource = createShopifyOrderSource({ client });

  /** Runs `work` once per idempotency key; a repeat returns the first successful result. */
  async function once<T extends { ok: boolean }>(
    scope: string,
    key: string,
    request: unknown,
    work: () => Promise<T>,
  ): Promise<T | ActionFailure> {
    const hash = requestHash(request);
    const stored = await store.get(scope, key);
    if (stored) {
      if (stored.requestHash !== hash) {
        return actionFailure(
          "idempotency_key_reused",
          `Idempotency key ${key} was used for a different request`,
        );
      }
      return stored.result as T;
    }
    const result = await work();
    if (result.ok) await store.put(scope, key, { requestHash: hash, result });
    return result;
  }

  function gate(capability: ActionCapability): ActionFailure | undefined {
    return capabilities[capability] ? undefined : unsupportedAction(capability);
  }

  async function reasonDefinitions(codes: readonly string[]): Promise<Map<string, string>> {
    const handles = [...new Set(codes.flatMap((code) => reasonHandles[code] ?? []).concat("other"))];
    const result = await client.request<ReturnReasonDefinitionsQuery>(RETURN_REASON_DEFINITIONS, { handles });
    const byHandle = new Map<string, string>();
    if (result.ok) {
      for (const node of result.data.returnReasonDefinitions.nodes) {
        if (!node.deleted) byHandle.set(node.handle, node.id);
      }
    }
    return byHandle;
  }

  async function returnTransition(
    capabilityFailure: ActionFailure | undefined,
    returnId: string,
    run: (gid: string) => Promise<AdminApiResult<unknown>>,
    pick: (data: unknown) => ReturnPayload | null | undefined,
  ): Promise<ReturnResult> {
    if (capabilityFailure) return capabilityFailure;
    const gid = toGid("Return", returnId);
    if (!gid) return actionFailure("not_found", `No return ${returnId}`);
    const result = await run(gid);
    if (!result.ok) return fromApiFailure(result);
    const payload = pick(result.data);
    if (!payload) return actionFailure("platform_error", "Shopify returned no payload");
    if (payload.userErrors.length > 0) return fromUserErrors(payload.userErrors);
    if (!payload.return) return actionFailure("platform_error", "Shopify returned no return");
    return { ok: true, returnId: payload.return.id, status: RETURN_STATUS[payload.return.status] };
  }

  async function transactionsFor(orderId: string, amount: Money) {
    const context = await client.request<OrderRefundContextQuery>(ORDER_REFUND_CONTEXT, { id: orderId });
    if (!context.ok) return fromApiFailure(context);
    if (!context.data.order) return actionFailure("not_found", `No order ${orderId}`);
    // Refund against captured payments, largest refundable first, never more than each allows.
    const payments = context.data.order.transactions
      .filter(
        (t) => (t.kind === "SALE" || t.kind === "CAPTURE") && t.status === "SUCCESS" && t.maximumRefundableV2,
      )
      .map((t) => ({
        id: t.id,
        gateway: t.gateway ?? "manual",
        refundable: parseMoney(t.maximumRefundableV2!.amount, amount.currency, "half-even").amount,
      }))
      .sort((a, b) => b.refundable - a.refundable);
    const parts: { id: string; gateway: string; amount: Money }[] = [];
    let left = amount.amount;
    for (const payment of payments) {
      if (left <= 0) break;
      const take = Math.min(payment.refundable, left);
      if (take > 0)
        parts.push({
          id: payment.id,
          gateway: payment.gateway,
          amount: { amount: take, currency: amount.currency },
        });
      left -= take;
    }
    if (left > 0)
      return actionFailure("exceeds_refundable", "The refund is more than the payments can give back");
    return parts;
  }

  async function checkRefundAgainstOrder(
    request: RefundRequest,
    unitsFromReturn: boolean,
  ): Promise<OrderSnapshot | ActionFailure> {
    const found = await orders.getOrder(request.orderId);
    if (!found.ok) {
      return found.reason === "unavailable"
        ? actionFailure("platform_error", found.message ?? "Shopify is unavailable", { retryable: true })
        : actionFailure("not_found", `No order ${request.orderId}`);
    }
    const order = found.order;
    if (order.currency !== request.amount.currency) {
      return actionFailure(
        "currency_mismatch",
        `The order is in ${order.currency}, the refund in ${request.amount.currency}`,
      );
    }
    for (const line of request.lines) {
      const orderLine = order.lines.find((l) => l.id === line.lineId);
      if (!orderLine) return actionFailure("not_found", `No line ${line.lineId} on order ${order.id}`);
      // Units waiting in a return are not refundable elsewhere, but they are through that return.
      if (!unitsFromReturn && line.quantity > orderLine.refundableQuantity) {
        return actionFailure(
          "exceeds_refundable",
          `Line ${line.lineId} has ${orderLine.refundableQuantity} refundable unit(s), ${line.quantity} asked`,
        );
      }
    }
    return order;
  }

  async function refundOutsideReturn(request: RefundRequest): Promise<RefundResult> {
    const order = await checkRefundAgainstOrder(request, false);
    if ("ok" in order) return order;
    const parts = await transactionsFor(order.id, request.amount);
    if (!Array.isArray(parts)) return parts;
    const result = await client.request<RefundCreateMutation>(REFUND_CREATE, {
      idempotencyKey: `aftersales-refund-${requestHash(request.idempotencyKey).slice(0, 48)}`,
      input: {
        orderId: order.id,
        currency: request.amount.currency,
        notify: request.notifyCustomer,
        ...(request.note ? { note: request.note } : {}),
        refundLineItems: request.lines
          .filter((line) => line.quantity > 0)
          .map((line) => ({
            lineItemId: line.lineId,
            quantity: line.quantity,
            restockType: request.restock ? "RETURN" : "NO_RESTOCK",
            ...(request.restock && options.restockLocationId
              ? { locationId: options.restockLocationId }
              : {}),
          })),
        ...(request.shipping && request.shipping.amount > 0
          ? { shipping: { amount: toDecimalString(request.shipping) } }
          : {}),
        transactions: parts.map((part) => ({
          orderId: order.id,
          parentId: part.id,
          gateway: part.gateway,
          kind: "REFUND",
          amount: toDecimalString(part.amount),
        })),
      },
    });
    if (!result.ok) return fromApiFailure(result);
    const payload = result.data.refundCreate;
    if (!payload) return actionFailure("platform_error", "Shopify returned no payload");
    if (payload.userErrors.length > 0) return fromUserErrors(payload.userErrors);
    if (!payload.refund) return actionFailure("platform_error", "Shopify returned no refund");
    return {
      ok: true,
      refundId: payload.refund.id,
      amount: request.amount,
      ...(payload.refund.createdAt ? { createdAt: payload.refund.createdAt } : {}),
    };
  }

  async function refundThroughReturn(request: RefundRequest, returnGid: string): Promise<RefundResult> {
    const order = await checkRefundAgainstOrder(request, true);
    if ("ok" in order) return order;
    const found = await client.request<GetReturnQuery>(GET_RETURN, { id: returnGid });
    if (!found.ok) return fromApiFailure(found);
    const ret = found.data.return;
    if (!ret || ret.order.id !== order.id)
      return actionFailure("not_found", `No return ${returnGid} on order ${order.id}`);
    const returnLines = ret.returnLineItems.nodes;
    const reverseLines = ret.reverseFulfillmentOrders.nodes.flatMap((rfo) => rfo.lineItems.nodes);
    const returnLineItems = [];
    for (const line of request.lines.filter((l) => l.quantity > 0)) {
      const item = returnLines.find(
        (node) => "fulfillmentLineItem" in node && node.fulfillmentLineItem.lineItem.id === line.lineId,
      );
      if (!item) return actionFailure("not_found", `Line ${line.lineId} is not in return ${returnGid}`);
      if (line.quantity > item.refundableQuantity) {
        return actionFailure(
          "exceeds_refundable",
          `Return ${returnGid} has ${item.refundableQuantity} refundable unit(s) of line ${line.lineId}`,
        );
      }
      const reverse = reverseLines.find((node) => node.fulfillmentLineItem?.lineItem.id === line.lineId);
      const canDispose = reverse && (!request.restock || options.restockLocationId);
      returnLineItems.push({
        id: item.id,
        quantity: line.quantity,
        ...(canDispose
          ? {
              dispositions: [
                {
                  reverseFulfillmentOrderLineItemId: reverse.id,
                  quantity: line.quantity,
                  dispositionType: request.restock ? "RESTOCKED" : "NOT_RESTOCKED",
                  ...(request.restock ? { locationId: options.restockLocationId } : {}),
                },
              ],
            }
          : {}),
      });
    }
    const parts = await transactionsFor(order.id, request.amount);
    if (!Array.isArray(parts)) return parts;
    const result = await client.request<ReturnProcessMutation>(RETURN_PROCESS, {
      input: {
        returnId: returnGid,
        returnLineItems,
        notifyCustomer: request.notifyCustomer,
        ...(request.note ? { note: request.note } : {}),
        ...(request.shipping && request.shipping.amount > 0
          ? { refundShipping: { shippingRefundAmount: decimal(request.shipping) } }
          : {}),
        financialTransfer: {
          issueRefund: {
            orderTransactions: parts.map((part) => ({
              parentId: part.id,
              transactionAmount: decimal(part.amount),
            })),
          },
        },
      },
    });
    if (!result.ok) return fromApiFailure(result);
    const payload = result.data.returnProcess;
    if (!payload) return actionFailure("platform_error", "Shopify returned no payload");
    if (payload.userErrors.length > 0) return fromUserErrors(payload.userErrors);
    const refunds = payload.return?.refunds.nodes ?? [];
    const refund = refunds[refunds.length - 1];
    if (!refund) return actionFailure("platform_error", "Shopify processed the return without a refund");
    return {
      ok: true,
      refundId: refund.id,
      amount: request.amount,
      ...(refund.createdAt ? { createdAt: refund.createdAt } : {}),
    };
  }

  const actions: ShopifyAfterSalesActions = {
    platform: "shopify",
    capabilities,

    async createReturn(input) {
      const blocked = gate("platformReturns");
      if (blocked) return blocked;
      const parsed = parseActionRequest(CreateReturnRequestSchema, input);
      if (!parsed.ok) return parsed;
      const request = parsed.request;
      return once("createReturn", request.idempotencyKey, request, async (): Promise<ReturnResult> => {
        const orderId = toGid("Order", request.orderId);
        if (!orderId) return actionFailure("not_found", `No order ${request.orderId}`);
        const found = await client.request<GetOrderQuery>(GET_ORDER, { id: orderId });
        if (!found.ok) return fromApiFailure(found);
        const order = found.data.order;
        if (!order) return actionFailure("not_found", `No order ${request.orderId}`);
        const definitions = await reasonDefinitions(request.lines.map((line) => line.reason ?? "other"));
        const returnLineItems = [];
        for (const line of request.lines) {
          // A return names fulfilled units: spread the quantity over the line's fulfilments.
          let left = line.quantity;
          const fulfilled = order.fulfillments
            .filter((f) => f.status === "SUCCESS")
            .flatMap((f) => f.fulfillmentLineItems.nodes)
            .filter((node) => node.lineItem.id === line.lineId);
          if (fulfilled.length === 0) {
            return actionFailure(
              "invalid_state",
              `Line ${line.lineId} has not been fulfilled, so it cannot be returned`,
            );
          }
          const code = line.reason ?? "other";
          const handle = (reasonHandles[code] ?? []).find((h) => definitions.has(h));
          const definitionId = definitions.get(handle ?? "other");
          const note = [handle ? undefined : `Reason: ${code}`, line.note].filter(Boolean).join(" — ");
          for (const node of fulfilled) {
            if (left <= 0) break;
            const quantity = Math.min(node.quantity ?? 0, left);
            if (quantity <= 0) continue;
            left -= quantity;
            returnLineItems.push({
              fulfillmentLineItemId: node.id,
              quantity,
              ...(definitionId ? { returnReasonDefinitionId: definitionId } : {}),
              ...(note ? { customerNote: note.slice(0, 300) } : {}),
            });
          }
          if (left > 0) {
            return actionFailure(
              "exceeds_refundable",
              `Line ${line.lineId} has fewer fulfilled units than asked`,
            );
          }
        }
        const result = await client.request<ReturnRequestMutation>(RETURN_REQUEST, {
          input: { orderId, returnLineItems },
        });
        if (!result.ok) return fromApiFailure(result);
        const payload = result.data.returnRequest;
        if (!payload) return actionFailure("platform_error", "Shopify returned no payload");
        if (payload.userErrors.length > 0) return fromUserErrors(payload.userErrors);
        if (!payload.return) return actionFailure("platform_error", "Shopify returned no return");
        return { ok: true, returnId: payload.return.id, status: RETURN_STATUS[payload.return.status] };
      });
    },

    async approveReturn(input) {
      const blocked = gate("platformReturns");
      if (blocked) return blocked;
      const parsed = parseActionRequest(ApproveReturnRequestSchema, input);
      if (!parsed.ok) return parsed;
      const request = parsed.request;
      return once("approveReturn", request.idempotencyKey, request, () =>
        returnTransition(
          gate("platformReturns"),
          request.returnId,
          (id) =>
            client.request<ReturnApproveRequestMutation>(RETURN_APPROVE_REQUEST, {
              input: { id, notifyCustomer },
            }),
          (data) => (data as ReturnApproveRequestMutation).returnApproveRequest,
        ),
      );
    },

    async declineReturn(input) {
      const blocked = gate("platformReturns");
      if (blocked) return blocked;
      const parsed = parseActionRequest(DeclineReturnRequestSchema, input);
      if (!parsed.ok) return parsed;
      const request = parsed.request;
      return once("declineReturn", request.idempotencyKey, request, () =>
        returnTransition(
          gate("platformReturns"),
          request.returnId,
          (id) =>
            client.request<ReturnDeclineRequestMutation>(RETURN_DECLINE_REQUEST, {
              input: {
                id,
                declineReason: DECLINE_REASONS[request.reason],
                notifyCustomer,
                // Shopify limits the decline message to 500 characters.
                ...(request.note ? { declineNote: request.note.slice(0, 500) } : {}),
              },
            }),
          (data) => (data as ReturnDeclineRequestMutation).returnDeclineRequest,
        ),
      );
    },

    async refund(input) {
      const blocked = gate("refunds");
      if (blocked) return blocked;
      const checked = precheckRefund(input);
      if (!checked.ok) return checked;
      const noRestock = checked.request.restock ? gate("restock") : undefined;
      if (noRestock) return noRestock;
      const request = checked.request;
      return once("refund", request.idempotencyKey, request, async () => {
        if (!toGid("Order", request.orderId))
          return actionFailure("not_found", `No order ${request.orderId}`);
        if (request.returnId) {
          const returnGid = toGid("Return", request.returnId);
          if (!returnGid) return actionFailure("not_found", `No return ${request.returnId}`);
          return refundThroughReturn(request, returnGid);
        }
        return refundOutsideReturn(request);
      });
    },

    async issueStoreCredit(input) {
      const blocked = gate("storeCredit");
      if (blocked) return blocked;
      const parsed = parseActionRequest(StoreCreditRequestSchema, input);
      if (!parsed.ok) return parsed;
      const request = parsed.request;
      return once(
        "issueStoreCredit",
        request.idempotencyKey,
        request,
        async (): Promise<StoreCreditResult> => {
          const owner = toGid("Customer", request.customerId);
          if (!owner) return actionFailure("not_found", `No customer ${request.customerId}`);
          const result = await client.request<StoreCreditAccountCreditMutation>(STORE_CREDIT_ACCOUNT_CREDIT, {
            id: owner,
            creditInput: {
              creditAmount: decimal(request.amount),
              ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
              notify: true,
            },
          });
          if (!result.ok) return fromApiFailure(result);
          const payload = result.data.storeCreditAccountCredit;
          if (!payload) return actionFailure("platform_error", "Shopify returned no payload");
          if (payload.userErrors.length > 0) return fromUserErrors(payload.userErrors);
          const transaction = payload.storeCreditAccountTransaction;
          if (!transaction) return actionFailure("platform_error", "Shopify returned no transaction");
          const balance = transaction.balanceAfterTransaction;
          return {
            ok: true,
            creditId: transaction.id,
            amount: request.amount,
            ...(balance.currencyCode === request.amount.currency
              ? {
                  balance: parseMoney(balance.amount, request.amount.currency, "half-even"),
                }
              : {}),
          };
        },
      );
    },

    async issueCoupon(input) {
      const blocked = gate("coupons");
      if (blocked) return blocked;
      const parsed = parseActionRequest(CouponRequestSchema, input);
      if (!parsed.ok) return parsed;
      const request = parsed.request;
      return once("issueCoupon", request.idempotencyKey, request, async (): Promise<CouponResult> => {
        // The code comes from the idempotency key, so a retry after a lost answer asks for the same
        // code, gets TAKEN, and finds the discount it created the first time.
        const code = `AS-${keyToken(request.idempotencyKey)}`;
        const result = await client.request<DiscountCodeBasicCreateMutation>(DISCOUNT_CODE_BASIC_CREATE, {
          basicCodeDiscount: {
            title: request.title ?? `Aftersales ${code}`,
            code,
            startsAt: now(),
            ...(request.expiresAt ? { endsAt: request.expiresAt } : {}),
            usageLimit: request.usageLimit,
            appliesOncePerCustomer: true,
            context: { all: "ALL" },
            customerGets: {
              items: { all: true },
              value: request.percent
                ? { percentage: request.percent / 100 }
                : { discountAmount: { amount: toDecimalString(request.amount!), appliesOnEachItem: false } },
            },
          },
        });
        if (!result.ok) return fromApiFailure(result);
        const payload = result.data.discountCodeBasicCreate;
        if (!payload) return actionFailure("platform_error", "Shopify returned no payload");
        if (payload.userErrors.some((e) => e.code === "TAKEN")) {
          const existing = await client.request<DiscountByCodeQuery>(DISCOUNT_BY_CODE, { code });
          if (existing.ok && existing.data.codeDiscountNodeByCode) {
            return {
              ok: true,
              couponId: existing.data.codeDiscountNodeByCode.id,
              code,
              ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
            };
          }
        }
        if (payload.userErrors.length > 0) return fromUserErrors(payload.userErrors);
        if (!payload.codeDiscountNode) return actionFailure("platform_error", "Shopify returned no discount");
        return {
          ok: true,
          couponId: payload.codeDiscountNode.id,
          code,
          ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
        };
      });
    },

    async addOrderNote(input) {
      const blocked = gate("orderNotes");
      if (blocked) return blocked;
      const parsed = parseActionRequest(OrderNoteRequestSchema, input);
      if (!parsed.ok) return parsed;
      const request = parsed.request;
      return once("addOrderNote", request.idempotencyKey, request, async (): Promise<OrderNoteResult> => {
        const orderId = toGid("Order", request.orderId);
        if (!orderId) return actionFailure("not_found", `No order ${request.orderId}`);
        const current = await client.request<OrderNoteQuery>(ORDER_NOTE, { id: orderId });
        if (!current.ok) return fromApiFailure(current);
        if (!current.data.order) return actionFailure("not_found", `No order ${request.orderId}`);
        // Shopify has one free-text note per order (staff only; the API has no timeline comments),
        // and orderUpdate replaces it whole: append, marked with the key so a retry finds its note.
        const marker = `[aftersales ${keyToken(request.idempotencyKey)}]`;
        const noteId = `${orderId}#${keyToken(request.idempotencyKey)}`;
        const note = current.data.order.note ?? "";
        if (note.includes(marker)) return { ok: true, noteId };
        const line = `${marker} ${request.customerVisible ? "(told the customer) " : ""}${request.body}`;
        const result = await client.request<OrderUpdateNoteMutation>(ORDER_UPDATE_NOTE, {
          input: { id: orderId, note: note ? `${note}\n\n${line}` : line },
        });
        if (!result.ok) return fromApiFailure(result);
        const payload = result.data.orderUpdate;
        if (!payload) return actionFailure("platform_error", "Shopify returned no payload");
        if (payload.userErrors.length > 0) return fromUserErrors(payload.userErrors);
        return { ok: true, noteId };
      });
    },

    cancelReturn(returnId) {
      return returnTransition(
        gate("platformReturns"),
        returnId,
        (id) => client.request<ReturnCancelMutation>(RETURN_CANCEL, { id }),
        (data) => (data as ReturnCancelMutation).returnCancel,
      );
    },
    closeReturn(returnId) {
      return returnTransition(
        gate("platformReturns"),
        returnId,
        (id) => client.request<ReturnCloseMutation>(RETURN_CLOSE, { id }),
        (data) => (data as ReturnCloseMutation).returnClose,
      );
    },
    reopenReturn(returnId) {
      return returnTransition(
        gate("platformReturns"),
        returnId,
        (id) => client.request<ReturnReopenMutation>(RETURN_REOPEN, { id }),
        (data) => (data as ReturnReopenMutation).returnReopen,
      );
    },
  };
  return actions;
}
