import { z } from "zod";
import { ReturnReasonSchema, ReturnResolutionSchema } from "./policy.js";

/** What the customer attached to back a reason: how many photos and videos, and their own words. */
export const ReturnEvidenceSchema = z.object({
  photos: z.number().int().min(0).max(100).default(0),
  videos: z.number().int().min(0).max(100).default(0),
  description: z.string().trim().max(10_000).optional(),
});
/** What the customer attached to back a reason. */
export type ReturnEvidence = z.infer<typeof ReturnEvidenceSchema>;

/** One order line the customer wants to return: how many units, why, and (optionally) how to settle it. */
export const ReturnRequestLineSchema = z.object({
  lineId: z.string().min(1),
  quantity: z.number().int().positive(),
  /**
   * Why. Leave it out to ask what the order allows before the customer picks a reason (the
   * order view): then only the checks that do not depend on a reason run.
   */
  reason: ReturnReasonSchema.optional(),
  /** The resolution the customer asks for; absent when they only want to know what is possible. */
  resolution: ReturnResolutionSchema.optional(),
  evidence: ReturnEvidenceSchema.optional(),
  /** The customer's note; it counts as a written description. */
  note: z.string().trim().max(10_000).optional(),
});
/** One order line the customer wants to return. */
export type ReturnRequestLine = z.infer<typeof ReturnRequestLineSchema>;

/**
 * What the caller knows about the customer's history (core keeps none). Count with the periods of
 * the policy: `recentReturnCount` for `autoApprove.maxRecentReturns`, `returnsInPeriod` over the
 * last `abuse.periodDays` days. Leave a count out when unknown: an unknown history is never
 * auto-approved against a limit, and never flagged as abuse.
 */
export const ReturnCustomerContextSchema = z.object({
  recentReturnCount: z.number().int().min(0).optional(),
  returnsInPeriod: z.number().int().min(0).optional(),
});
/** What the caller knows about the customer's history. */
export type ReturnCustomerContext = z.infer<typeof ReturnCustomerContextSchema>;

/** A return request: one entry per order line (a line appears once), plus the customer's history. */
export const ReturnRequestSchema = z
  .object({
    lines: z.array(ReturnRequestLineSchema).min(1, "a return request has at least one line").max(500),
    customer: ReturnCustomerContextSchema.prefault({}),
  })
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.lines.forEach((line, i) => {
      if (seen.has(line.lineId)) {
        ctx.addIssue({
          code: "custom",
          path: ["lines", i, "lineId"],
          message: `line ${line.lineId} is requested twice`,
        });
      }
      seen.add(line.lineId);
    });
  });
/** A parsed return request. */
export type ReturnRequest = z.infer<typeof ReturnRequestSchema>;
/** A return request as the caller sends it. */
export type ReturnRequestInput = z.input<typeof ReturnRequestSchema>;
