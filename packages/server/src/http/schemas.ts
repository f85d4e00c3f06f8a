import { z } from "@hono/zod-openapi";

/** Money in minor units (`{ amount: 1999, currency: "EUR" }`). */
export const MoneyView = z
  .object({ amount: z.number().int(), currency: z.string().length(3) })
  .openapi("Money", { example: { amount: 1999, currency: "EUR" } });

/** An ISO 8601 UTC instant. */
export const Instant = z.string().openapi({ format: "date-time", example: "2026-11-23T09:00:00.000Z" });

/** A problem+json body. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "validation_failed" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .passthrough()
  .openapi("Problem");

/** The store slug path parameter. */
export const StoreParam = z.object({
  store: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .openapi({ param: { name: "store", in: "path" }, example: "demo" }),
});

/** An id path parameter. */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});

/** A localised eligibility reason. */
export const ReasonView = z
  .object({
    code: z.string(),
    params: z.record(z.string(), z.unknown()).optional(),
    message: z.string().optional(),
  })
  .openapi("EligibilityReason");

/** Eligibility of one order line. */
export const LineEligibilityView = z
  .object({
    status: z.enum(["auto_approve", "needs_review", "ineligible"]),
    deadline: Instant.optional(),
    reasons: z.array(ReasonView),
    resolutions: z.array(z.string()),
  })
  .openapi("LineEligibility");

/** The shopper's view of an order. */
export const OrderView = z
  .object({
    id: z.string(),
    number: z.string(),
    placedAt: Instant,
    deliveredAt: Instant.optional(),
    currency: z.string(),
    customer: z.object({ email: z.string(), country: z.string().optional() }),
    lines: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        variantTitle: z.string().optional(),
        sku: z.string().optional(),
        imageUrl: z.string().optional(),
        quantity: z.number().int(),
        refundableQuantity: z.number().int(),
        unitPrice: MoneyView,
        paid: MoneyView,
        eligibility: LineEligibilityView.optional(),
      }),
    ),
    cases: z.array(z.object({ id: z.string(), kind: z.string(), status: z.string(), openedAt: Instant })),
  })
  .openapi("OrderView");

/** Order proof: number + email, or a platform-signed identity. */
export const SessionRequest = z
  .union([
    z.object({
      orderNumber: z.string().trim().min(1).max(64).openapi({ example: "#1001" }),
      email: z.string().trim().min(3).max(320).openapi({ example: "anna@example.de" }),
    }),
    z.object({ identityToken: z.string().min(1).max(4096) }),
  ])
  .openapi("SessionRequest");

/** A session for one order. */
export const SessionView = z
  .object({ token: z.string(), expiresAt: Instant, order: OrderView })
  .openapi("Session");

/** The public configuration of a store. */
export const StoreConfigView = z
  .object({
    store: z.object({
      slug: z.string(),
      name: z.string(),
      timeZone: z.string(),
      locale: z.string(),
      hoursDescription: z.record(z.string(), z.string()).optional(),
    }),
    returnReasons: z.array(
      z.object({
        code: z.string(),
        merchantFault: z.boolean(),
        evidence: z.string(),
        labels: z
          .record(z.string(), z.string())
          .openapi({ description: "The reason's name per locale (en, zh-Hans, zh-Hant)" }),
      }),
    ),
    resolutions: z.array(z.string()),
    complaintCategories: z.array(z.object({ id: z.string(), labels: z.record(z.string(), z.string()) })),
    contactChannels: z.array(z.string()),
    attachments: z.object({
      maxBytes: z.number().int(),
      maxPerCase: z.number().int(),
      types: z.array(z.string()),
    }),
  })
  .openapi("StoreConfig");

/** Text to classify. */
export const ClassifyRequest = z
  .object({ text: z.string().min(1).max(10_000), locale: z.enum(["en", "zh-Hans", "zh-Hant"]).optional() })
  .openapi("ClassifyRequest");

/** Suggested complaint categories. */
export const ClassifyView = z
  .object({
    suggestions: z.array(
      z.object({ category: z.string(), confidence: z.number(), matched: z.array(z.string()).optional() }),
    ),
    escalation: z.boolean(),
  })
  .openapi("Classification");

/** The attachment record returned after an upload. */
export const AttachmentView = z
  .object({ id: z.string(), contentType: z.string(), bytes: z.number().int() })
  .openapi("Attachment");

/** Standard error answers of a route, for the OpenAPI document. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: `Problem (${s})`, content: { "application/problem+json": { schema: ProblemSchema } } },
    ]),
  );
}

/** A JSON response entry for the OpenAPI document. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** One step of the shopper's timeline. */
export const TimelineEntryView = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    at: Instant,
    actor: z.enum(["customer", "staff", "system"]),
    data: z.record(z.string(), z.unknown()).openapi({
      description:
        "The event's fields. The widget reads `message_posted.body`, `refund_issued.amount` (Money), " +
        "`coupon_issued.code` and `rated.score`",
    }),
  })
  .openapi("TimelineEntry");

/** The shopper's view of a case. */
export const CaseView = z
  .object({
    id: z.string(),
    kind: z.enum(["return", "exchange", "complaint", "inquiry"]),
    status: z.string(),
    itemProgress: z.string().optional(),
    openedAt: Instant,
    store: z.object({ slug: z.string(), timeZone: z.string() }).openapi({
      description: "The store, with the IANA time zone its local dates and hours are in",
    }),
    order: z.object({ number: z.string() }).optional(),
    promise: z.object({ target: z.string(), dueAt: Instant, state: z.enum(["active", "paused"]) }).optional(),
    timeline: z.array(TimelineEntryView),
    options: z
      .array(
        z.object({
          id: z.string(),
          kind: z.string(),
          amount: MoneyView.optional(),
          label: z.string().optional(),
        }),
      )
      .optional(),
    returnInstructions: z.string().optional(),
    rating: z.object({ score: z.number().int(), comment: z.string().optional() }).optional(),
    allowedActions: z.array(z.enum(["post_message", "choose_option", "cancel", "rate"])),
  })
  .openapi("CaseView");

/**
 * A requested order line. Returns and exchanges give quantity, reason and resolution; complaints
 * and inquiries may name only the line (`{ lineId, quantity? }`) — the quantity then defaults to
 * what was ordered.
 */
export const CaseLineRequest = z.object({
  lineId: z.string().min(1).max(100),
  quantity: z.number().int().positive().max(10_000).optional(),
  reason: z.string().min(1).max(64).optional(),
  resolution: z.string().min(1).max(64).optional(),
  note: z.string().max(2000).optional(),
});

/** Body of `POST /v1/cases`. */
export const CreateCaseRequest = z
  .object({
    kind: z.enum(["return", "exchange", "complaint", "inquiry"]),
    lines: z.array(CaseLineRequest).max(100).optional(),
    category: z.string().min(1).max(64).optional(),
    subject: z.string().max(200).optional(),
    description: z.string().max(10_000).optional(),
    attachments: z.array(z.string().min(1).max(100)).max(20).optional(),
    contactChannel: z.string().min(1).max(32).optional(),
    locale: z.enum(["en", "zh-Hans", "zh-Hant"]).optional(),
  })
  .superRefine((body, ctx) => {
    const isReturn = body.kind === "return" || body.kind === "exchange";
    if (!isReturn && (body.description ?? "").trim() === "") {
      ctx.addIssue({
        code: "custom",
        path: ["description"],
        message: `a ${body.kind} needs a description`,
      });
    }
    if (!isReturn) return;
    body.lines?.forEach((line, index) => {
      for (const field of ["quantity", "reason", "resolution"] as const) {
        if (line[field] === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["lines", index, field],
            message: `required on the lines of a ${body.kind}`,
          });
        }
      }
    });
  })
  .openapi("CreateCaseRequest");

/** Body of `POST /v1/cases/{id}/messages`. */
export const MessageRequest = z
  .object({
    body: z.string().trim().min(1).max(10_000),
    attachments: z.array(z.string().min(1).max(100)).max(5).optional(),
  })
  .openapi("MessageRequest");

/** Body of `POST /v1/cases/{id}/choice`. */
export const ChoiceRequest = z.object({ optionId: z.string().min(1).max(100) }).openapi("ChoiceRequest");

/** Body of `POST /v1/cases/{id}/cancel`. */
export const CancelRequest = z.object({ reason: z.string().max(2000).optional() }).openapi("CancelRequest");

/** Body of `POST /v1/cases/{id}/rating`. */
export const RatingRequest = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() })
  .openapi("RatingRequest");

/** The `Idempotency-Key` header (required on `POST /v1/cases`). */
export const IdempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, "1–255 visible ASCII characters")
    .openapi({
      param: { in: "header", required: true },
      example: "3f1c9a52-checkout-42",
    }),
});

/** A row of the staff case list. */
export const CaseSummaryView = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.string(),
    itemProgress: z.string().nullable(),
    category: z.string().nullable(),
    priority: z.string(),
    channel: z.string(),
    assigneeId: z.string().nullable(),
    orderId: z.string().nullable(),
    orderNumber: z.string().nullable(),
    customerEmail: z.string().nullable(),
    subject: z.string().nullable(),
    openedAt: Instant,
    updatedAt: Instant,
    firstResponseDueAt: Instant.nullable(),
    resolutionDueAt: Instant.nullable(),
    slaState: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("CaseSummary");

const csv = z
  .string()
  .max(500)
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

/** A calendar date `YYYY-MM-DD` (not 2026-02-30). */
const localDate = z.string().refine((d) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
}, "a calendar date as YYYY-MM-DD");

/** Query of the staff case list. */
export const CaseListQuery = z.object({
  status: csv
    .optional()
    .openapi({ description: "Comma-separated statuses", example: "submitted,investigating" }),
  kind: csv.optional().openapi({ description: "Comma-separated kinds" }),
  category: z.string().max(64).optional(),
  priority: z.enum(["low", "normal", "high", "urgent"]).optional(),
  assignee: z.string().max(100).optional().openapi({ description: "Staff id, or `none`" }),
  orderNumber: z.string().max(64).optional(),
  email: z.string().max(320).optional(),
  slaState: z.string().max(32).optional(),
  q: z.string().max(200).optional(),
  openedFrom: localDate.optional().openapi({
    description: "Opened on or after this date (`YYYY-MM-DD`, in the store's time zone)",
    example: "2026-11-01",
  }),
  openedTo: localDate.optional().openapi({
    description: "Opened on or before this date (`YYYY-MM-DD`, in the store's time zone), inclusive",
    example: "2026-11-30",
  }),
  sort: z.enum(["newest", "due"]).default("newest").openapi({
    description:
      "`newest` (opened, newest first) or `due` (earliest deadline of a running SLA target first; cases without one last)",
  }),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** A page of cases. */
export const CasePageView = z
  .object({ items: z.array(CaseSummaryView), nextCursor: z.string().nullable() })
  .openapi("CasePage");

/** An event as staff see it (every event, internal ones too). */
export const EventView = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    at: Instant,
    actor: z.object({ type: z.string(), id: z.string().optional() }),
    visibility: z.enum(["customer", "internal"]),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi("CaseEvent");

/** One SLA target's latest cycle, as staff see it. */
export const SlaTargetView = z
  .object({
    state: z.enum(["active", "paused", "met", "breached", "cancelled"]),
    running: z.boolean(),
    paused: z.boolean(),
    atRisk: z.boolean(),
    startedAt: Instant,
    dueAt: Instant,
    atRiskAt: Instant,
    stoppedAt: Instant.nullable(),
    targetMinutes: z.number(),
    usedMinutes: z.number(),
    remainingMinutes: z.number(),
    overdueMinutes: z.number(),
  })
  .openapi("SlaTarget");

/** A case's SLA: its targets by name (`first_response`, `resolution` …) and the shopper's promise. */
export const StaffSlaView = z
  .object({
    targets: z.record(z.string(), SlaTargetView),
    promise: z.object({ target: z.string(), dueAt: Instant, overdue: z.boolean() }).nullable(),
  })
  .openapi("CaseSla");

/** The staff view of a case: its full state, every event, and what staff may do now. */
export const StaffCaseView = z
  .object({
    case: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The folded case state (core CaseState)" }),
    version: z.number().int(),
    events: z.array(EventView),
    allowedCommands: z.array(z.string()),
    sla: StaffSlaView.nullable()
      .optional()
      .openapi({
        description:
          "The SLA evaluated now (after a write: at the write): every target's latest cycle and the " +
          "promise the shopper sees; null when the store's SLA configuration cannot measure the case",
      }),
  })
  .openapi("StaffCase");

/** A case command for staff: `type` plus the command's fields (see core's command schemas). */
export const StaffCommandRequest = z
  .object({ type: z.string().min(1).max(64) })
  .passthrough()
  .openapi("CaseCommand", { example: { type: "post_message", body: "We are on it." } });

/** Optional `If-Match` header carrying the case version the editor saw. */
export const IfMatchHeader = z.object({
  "if-match": z
    .string()
    .regex(/^"?\d{1,9}"?$/, 'the case version, e.g. "3"')
    .optional()
    .openapi({ param: { in: "header", required: false }, example: '"3"' }),
});

/** The version an `If-Match` header names (`"3"` or `3`), or undefined without the header. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  return header === undefined ? undefined : Number(header.replaceAll('"', ""));
}

/** A staff-opened case (phone or email intake). */
export const StaffOpenCaseRequest = z
  .object({ type: z.literal("open_case").optional() })
  .passthrough()
  .openapi("StaffOpenCase", {
    description: "Fields of core's open_case command (kind, customer, description …)",
  });

/** A stored settings document. */
export const SettingsDocView = z
  .object({ id: z.string(), version: z.number().int(), body: z.unknown(), updatedAt: Instant })
  .openapi("SettingsDocument");

/** A published policy. */
export const PolicyVersionView = z
  .object({
    version: z.number().int(),
    body: z.unknown(),
    publishedAt: Instant,
    publishedBy: z.string().nullable(),
  })
  .openapi("PolicyVersion");

/** Body of `POST /v1/staff/api-keys`. */
export const CreateApiKeyRequest = z
  .object({
    name: z.string().min(1).max(100),
    role: z.enum(["agent", "manager", "admin"]),
    staffId: z.string().min(1).max(100).optional(),
  })
  .openapi("CreateApiKey");

/** Body of `POST /v1/me/eligibility`. */
export const EligibilityRequest = z
  .object({
    lines: z
      .array(
        z.object({
          lineId: z.string().min(1).max(100),
          quantity: z.number().int().positive().max(10_000),
          reason: z.string().min(1).max(64).optional(),
          resolution: z.string().min(1).max(64).optional(),
        }),
      )
      .min(1)
      .max(100),
    locale: z.enum(["en", "zh-Hans", "zh-Hant"]).optional(),
  })
  .openapi("EligibilityRequest");

/** The policy's decision on a request. */
export const EligibilityView = z
  .object({
    policyVersion: z.string(),
    status: z.enum(["auto_approve", "needs_review", "ineligible"]),
    lines: z.array(
      z.object({
        lineId: z.string(),
        status: z.enum(["auto_approve", "needs_review", "ineligible"]),
        deadline: Instant.optional(),
        resolutions: z.array(z.string()),
        fees: z.object({ restocking: MoneyView, returnShipping: MoneyView }),
        refundable: MoneyView,
        storeCreditBonus: MoneyView.optional(),
        evidenceRequired: z.string(),
        reasons: z.array(ReasonView),
      }),
    ),
    totals: z.object({ refundable: MoneyView, fees: MoneyView }),
  })
  .openapi("EligibilityDecision");

/** The optional `Idempotency-Key` header of the other mutating customer calls. */
export const OptionalIdempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .openapi({
      param: { in: "header", required: false },
      description: "Repeat-safe retries: the first answer is replayed",
    }),
});
