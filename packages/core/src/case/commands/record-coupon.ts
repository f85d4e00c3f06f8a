import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { PositiveMoneySchema } from "./fields.js";

/** Records a coupon given to the customer: a fixed amount, a percentage, or neither (e.g. free shipping). */
export const RecordCouponCommandSchema = z
  .object({
    type: z.literal("record_coupon"),
    code: z.string().trim().min(1).max(100),
    amount: PositiveMoneySchema.optional(),
    percent: z.number().positive().max(100).optional(),
  })
  .refine((c) => c.amount === undefined || c.percent === undefined, {
    message: "a coupon is either an amount or a percentage",
    path: ["percent"],
  });
/** Input of {@link recordCoupon}. */
export type RecordCouponCommand = z.infer<typeof RecordCouponCommandSchema>;

/** `record_coupon` → `coupon_issued`. */
export const recordCoupon: CommandHandler<RecordCouponCommand> = {
  type: "record_coupon",
  schema: RecordCouponCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: false,
  decide: (_state, { code, amount, percent }) =>
    accept(draft("coupon_issued", defined({ code, amount, percent }))),
};
