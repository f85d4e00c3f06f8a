import { z } from "zod";
import type { ValidationIssue } from "../errors.js";
import { type Money, MoneySchema } from "../money/money.js";
import { InstantSchema } from "../order/snapshot.js";
import { validate } from "../validation.js";

/**
 * What a platform can do for an after-sales case. The server and the admin offer only what the
 * connected platform declares, and a method whose capability is off answers `unsupported`.
 */
export const ActionCapability = {
  /** Returns live on the platform: `createReturn`, `approveReturn`, `declineReturn` (Shopify Returns API). */
  platformReturns: "platformReturns",
  /** `refund` records a refund on the order. */
  refunds: "refunds",
  /**
   * Refunds move money back through the original payment method. When off, `refund` only records a
   * refund that the merchant pays out another way (a WooCommerce "manual refund").
   */
  refundsToOriginalPayment: "refundsToOriginalPayment",
  /** `issueStoreCredit` credits a registered customer's store-credit account. */
  storeCredit: "storeCredit",
  /** `issueCoupon` creates a discount code. */
  coupons: "coupons",
  /** `addOrderNote` writes a note on the order. */
  orderNotes: "orderNotes",
  /** `refund({ restock: true })` puts refunded units back into inventory. */
  restock: "restock",
  /**
   * The platform moves the order's own status when it is refunded or returned (WooCommerce marks a
   * fully refunded order `refunded`; Shopify updates the financial status), so staff need not.
   */
  orderStatus: "orderStatus",
} as const;
/** Zod enum of {@link ActionCapability}. */
export const ActionCapabilitySchema = z.enum(ActionCapability);
/** One thing a platform can do for an after-sales case. */
export type ActionCapability = z.infer<typeof ActionCapabilitySchema>;

/** The capability flags an {@link AfterSalesActions} declares: every flag, each a boolean. */
export const ActionCapabilitiesSchema = z.strictObject({
  platformReturns: z.boolean(),
  refunds: z.boolean(),
  refundsToOriginalPayment: z.boolean(),
  storeCredit: z.boolean(),
  coupons: z.boolean(),
  orderNotes: z.boolean(),
  restock: z.boolean(),
  orderStatus: z.boolean(),
});
/** The capability flags of a platform. */
export type ActionCapabilities = z.infer<typeof ActionCapabilitiesSchema>;

/** Machine codes of a failed action. Expected outcomes, never thrown. */
export const ActionFailureCode = {
  /** The platform cannot do this (its capability flag is off). */
  unsupported: "unsupported",
  /** The request does not match its schema; `issues` names every bad path. */
  invalid_request: "invalid_request",
  /** A refund of nothing; refunds are always for a positive amount. */
  zero_refund: "zero_refund",
  /** Line amounts (plus shipping) do not add up to the refund amount. */
  amount_mismatch: "amount_mismatch",
  /** Amounts in different currencies, or not in the order currency. */
  currency_mismatch: "currency_mismatch",
  /** The order, line, return or customer does not exist on the platform. */
  not_found: "not_found",
  /** More units or more money than can still be refunded or returned. */
  exceeds_refundable: "exceeds_refundable",
  /** The target is not in a state that allows this (approving a declined return). */
  invalid_state: "invalid_state",
  /** The idempotency key was already used for a different request. */
  idempotency_key_reused: "idempotency_key_reused",
  /** The platform throttled the call; retry later. */
  rate_limited: "rate_limited",
  /** The platform refused our credentials (app uninstalled, key revoked, missing scope). */
  unauthorized: "unauthorized",
  /** Any other platform failure. */
  platform_error: "platform_error",
} as const;
/** Zod enum of {@link ActionFailureCode}. */
export const ActionFailureCodeSchema = z.enum(ActionFailureCode);
/** Machine code of a failed action. */
export type ActionFailureCode = z.infer<typeof ActionFailureCodeSchema>;

/** A failed action: a machine code, an English message for logs and staff, and whether to retry. */
export interface ActionFailure {
  readonly ok: false;
  readonly code: ActionFailureCode;
  readonly message: string;
  /** True when the same request may succeed later (throttling, outage); false for bad input. */
  readonly retryable: boolean;
  /** For `invalid_request`: one issue per bad path. */
  readonly issues?: readonly ValidationIssue[];
}

/** The outcome of an action: `{ ok: true, ...value }` or an {@link ActionFailure}. */
export type ActionResult<T extends object> = ({ readonly ok: true } & Readonly<T>) | ActionFailure;

/** Builds an {@link ActionFailure}; `retryable` defaults to false. */
export function actionFailure(
  code: ActionFailureCode,
  message: string,
  options: { retryable?: boolean; issues?: readonly ValidationIssue[] } = {},
): ActionFailure {
  return {
    ok: false,
    code,
    message,
    retryable: options.retryable ?? false,
    ...(options.issues ? { issues: options.issues } : {}),
  };
}

/** The `unsupported` failure for a capability the platform lacks. */
export function unsupportedAction(capability: ActionCapability): ActionFailure {
  return actionFailure("unsupported", `This platform does not support ${capability}`);
}

/** An idempotency key: repeating a mutating call with the same key returns the first result. */
export const IdempotencyKeySchema = z.string().trim().min(1).max(255);

/** The status of a return on the platform. */
export const ReturnStatus = {
  /** The shopper asked; staff have not decided. */
  requested: "requested",
  /** Approved; items may be shipped back. */
  open: "open",
  declined: "declined",
  /** Processed: items received and refunded or exchanged. */
  closed: "closed",
  cancelled: "cancelled",
} as const;
/** Zod enum of {@link ReturnStatus}. */
export const ReturnStatusSchema = z.enum(ReturnStatus);
/** The status of a return on the platform. */
export type ReturnStatus = z.infer<typeof ReturnStatusSchema>;

/** Why a return request is declined (the reasons Shopify's `returnDeclineRequest` knows). */
export const ReturnDeclineReason = {
  final_sale: "final_sale",
  window_expired: "window_expired",
  other: "other",
} as const;
/** Zod enum of {@link ReturnDeclineReason}. */
export const ReturnDeclineReasonSchema = z.enum(ReturnDeclineReason);
/** Why a return request is declined. */
export type ReturnDeclineReason = z.infer<typeof ReturnDeclineReasonSchema>;

const idSchema = z.string().trim().min(1);

function noDuplicateLines(lines: readonly { lineId: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.lineId)) {
      ctx.addIssue({
        code: "custom",
        path: ["lines", i, "lineId"],
        message: `duplicate line ${line.lineId}`,
      });
    }
    seen.add(line.lineId);
  });
}

/** Asks the platform to open a return for some units of an order (Shopify `returnRequest`). */
export const CreateReturnRequestSchema = z
  .object({
    orderId: idSchema,
    lines: z
      .array(
        z.object({
          lineId: idSchema,
          quantity: z.number().int().positive(),
          /** Our reason code (`size`, `defective` …); adapters map it to the platform's. */
          reason: z.string().min(1).optional(),
          /** The shopper's words, passed on to the platform. */
          note: z.string().max(5000).optional(),
        }),
      )
      .min(1, "a return has at least one line"),
    note: z.string().max(5000).optional(),
    idempotencyKey: IdempotencyKeySchema,
  })
  .superRefine((request, ctx) => noDuplicateLines(request.lines, ctx));
/** A request to open a return on the platform. */
export type CreateReturnRequest = z.infer<typeof CreateReturnRequestSchema>;

/** Approves a requested return (Shopify `returnApproveRequest`). */
export const ApproveReturnRequestSchema = z.object({
  returnId: idSchema,
  idempotencyKey: IdempotencyKeySchema,
});
/** A request to approve a return. */
export type ApproveReturnRequest = z.infer<typeof ApproveReturnRequestSchema>;

/** Declines a requested return (Shopify `returnDeclineRequest`). */
export const DeclineReturnRequestSchema = z.object({
  returnId: idSchema,
  reason: ReturnDeclineReasonSchema,
  /** Shown to the shopper where the platform supports it. */
  note: z.string().max(5000).optional(),
  idempotencyKey: IdempotencyKeySchema,
});
/** A request to decline a return. */
export type DeclineReturnRequest = z.infer<typeof DeclineReturnRequestSchema>;

/** One line of a refund: units given back (0 for money only, e.g. a goodwill partial refund) and the amount. */
export const RefundLineSchema = z
  .object({
    lineId: idSchema,
    quantity: z.number().int().nonnegative(),
    amount: MoneySchema.refine((m) => m.amount >= 0, "must not be negative"),
  })
  .refine((line) => line.quantity > 0 || line.amount.amount > 0, {
    message: "refunds no units and no money",
    when: (payload) => payload.issues.length === 0,
  });
/** One line of a refund. */
export type RefundLine = z.infer<typeof RefundLineSchema>;

/**
 * Refunds money on an order. `amount` is the total and must equal the line amounts plus
 * `shipping`; it is never zero. Units listed with `quantity > 0` are no longer refundable after.
 */
export const RefundRequestSchema = z
  .object({
    orderId: idSchema,
    lines: z.array(RefundLineSchema).default([]),
    /** Shipping refunded with it (part of `amount`). */
    shipping: MoneySchema.refine((m) => m.amount >= 0, "must not be negative").optional(),
    amount: MoneySchema.refine((m) => m.amount >= 0, "must not be negative"),
    /** Put the refunded units back into stock (needs the `restock` capability). */
    restock: z.boolean().default(false),
    /** The platform return these units came back with, when there is one. */
    returnId: idSchema.optional(),
    /** Why; stored on the platform's refund. */
    note: z.string().max(5000).optional(),
    /** Ask the platform to email the shopper its own refund notice. */
    notifyCustomer: z.boolean().default(false),
    idempotencyKey: IdempotencyKeySchema,
  })
  .superRefine((request, ctx) => noDuplicateLines(request.lines, ctx));
/** A refund request (defaults applied). */
export type RefundRequest = z.infer<typeof RefundRequestSchema>;

/** Credits a registered customer's store-credit account. */
export const StoreCreditRequestSchema = z.object({
  customerId: idSchema,
  amount: MoneySchema.refine((m) => m.amount > 0, "must be positive"),
  expiresAt: InstantSchema.optional(),
  note: z.string().max(5000).optional(),
  idempotencyKey: IdempotencyKeySchema,
});
/** A store-credit request. */
export type StoreCreditRequest = z.infer<typeof StoreCreditRequestSchema>;

/** Creates a discount code worth a fixed `amount` or a `percent` (exactly one of them). */
export const CouponRequestSchema = z
  .object({
    amount: MoneySchema.refine((m) => m.amount > 0, "must be positive").optional(),
    /** Percent off, more than 0 and at most 100. */
    percent: z.number().gt(0).lte(100).optional(),
    /** Restrict the code to this shopper where the platform supports it. */
    customerEmail: z.email().optional(),
    expiresAt: InstantSchema.optional(),
    /** How many times the code can be used; one by default. */
    usageLimit: z.number().int().positive().default(1),
    /** Why the coupon was given, for the platform's discount title. */
    title: z.string().min(1).max(255).optional(),
    idempotencyKey: IdempotencyKeySchema,
  })
  .superRefine((request, ctx) => {
    if ((request.amount === undefined) === (request.percent === undefined)) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "give exactly one of amount and percent" });
    }
  });
/** A coupon request (defaults applied). */
export type CouponRequest = z.infer<typeof CouponRequestSchema>;

/** Writes a note on the order, internal or visible to the shopper. */
export const OrderNoteRequestSchema = z.object({
  orderId: idSchema,
  body: z.string().trim().min(1).max(10_000),
  customerVisible: z.boolean(),
  idempotencyKey: IdempotencyKeySchema,
});
/** An order-note request. */
export type OrderNoteRequest = z.infer<typeof OrderNoteRequestSchema>;

/** The outcome of `createReturn`, `approveReturn` and `declineReturn`. */
export type ReturnResult = ActionResult<{ returnId: string; status: ReturnStatus }>;
/** The outcome of `refund`: the platform's refund id and the amount refunded. */
export type RefundResult = ActionResult<{ refundId: string; amount: Money; createdAt?: string }>;
/** The outcome of `issueStoreCredit`. */
export type StoreCreditResult = ActionResult<{ creditId: string; amount: Money; balance?: Money }>;
/** The outcome of `issueCoupon`: the code the shopper types. */
export type CouponResult = ActionResult<{ couponId: string; code: string; expiresAt?: string }>;
/** The outcome of `addOrderNote`. */
export type OrderNoteResult = ActionResult<{ noteId: string }>;

/**
 * The port through which the server changes things on a commerce platform (DESIGN §6). Each
 * method returns a result value and never throws for expected outcomes; a method whose capability
 * is off returns `{ ok: false, code: "unsupported" }`. Every mutating call carries an
 * `idempotencyKey`: repeating it returns the first result and changes nothing more. Adapters pass
 * `runAfterSalesActionsContract` from `@aftersales/core/testing`.
 */
export interface AfterSalesActions {
  /** The platform name (`shopify`, `woocommerce`, `demo`). */
  readonly platform: string;
  /** What this platform can do; see {@link ActionCapability}. */
  readonly capabilities: ActionCapabilities;
  /** Opens a return on the platform (capability `platformReturns`). */
  createReturn(request: z.input<typeof CreateReturnRequestSchema>): Promise<ReturnResult>;
  /** Approves a requested return (capability `platformReturns`). */
  approveReturn(request: z.input<typeof ApproveReturnRequestSchema>): Promise<ReturnResult>;
  /** Declines a requested return (capability `platformReturns`). */
  declineReturn(request: z.input<typeof DeclineReturnRequestSchema>): Promise<ReturnResult>;
  /** Refunds money on an order (capability `refunds`; `restock: true` also needs `restock`). */
  refund(request: z.input<typeof RefundRequestSchema>): Promise<RefundResult>;
  /** Credits a registered customer (capability `storeCredit`). */
  issueStoreCredit(request: z.input<typeof StoreCreditRequestSchema>): Promise<StoreCreditResult>;
  /** Creates a discount code (capability `coupons`). */
  issueCoupon(request: z.input<typeof CouponRequestSchema>): Promise<CouponResult>;
  /** Writes a note on the order (capability `orderNotes`). */
  addOrderNote(request: z.input<typeof OrderNoteRequestSchema>): Promise<OrderNoteResult>;
}

/** The capability each method of {@link AfterSalesActions} needs. */
export const ActionMethodCapability = {
  createReturn: "platformReturns",
  approveReturn: "platformReturns",
  declineReturn: "platformReturns",
  refund: "refunds",
  issueStoreCredit: "storeCredit",
  issueCoupon: "coupons",
  addOrderNote: "orderNotes",
} as const satisfies Record<Exclude<keyof AfterSalesActions, "platform" | "capabilities">, ActionCapability>;

/**
 * Validates an action request against its schema: the parsed value (defaults applied) or an
 * `invalid_request` failure naming every bad path. Adapters call it before any platform request.
 */
export function parseActionRequest<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { readonly ok: true; readonly request: z.output<S> } | ActionFailure {
  const result = validate(schema, input);
  if (result.ok) return { ok: true, request: result.value };
  const list = result.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ");
  return actionFailure("invalid_request", `Invalid request: ${list}`, { issues: result.issues });
}

/**
 * Everything about a refund request that can be checked without the platform, in order: the
 * schema (`invalid_request`), one currency throughout (`currency_mismatch`), a positive total
 * (`zero_refund`) and line amounts plus shipping adding up to it (`amount_mismatch`). Adapters call
 * it first so that a bad refund never reaches the platform.
 */
export function precheckRefund(
  input: unknown,
): { readonly ok: true; readonly request: RefundRequest } | ActionFailure {
  const parsed = parseActionRequest(RefundRequestSchema, input);
  if (!parsed.ok) return parsed;
  const { request } = parsed;
  const { currency } = request.amount;
  const parts = [
    ...request.lines.map((line) => line.amount),
    ...(request.shipping ? [request.shipping] : []),
  ];
  const foreign = parts.find((part) => part.currency !== currency);
  if (foreign) {
    return actionFailure(
      "currency_mismatch",
      `Refund amount is in ${currency} but a part is in ${foreign.currency}`,
    );
  }
  if (request.amount.amount === 0)
    return actionFailure("zero_refund", "A refund must be for a positive amount");
  const partsTotal = parts.reduce((total, part) => total + part.amount, 0);
  if (partsTotal !== request.amount.amount) {
    return actionFailure(
      "amount_mismatch",
      `Line amounts and shipping add up to ${partsTotal} but the refund amount is ${request.amount.amount} (minor units of ${currency})`,
    );
  }
  return { ok: true, request };
}
