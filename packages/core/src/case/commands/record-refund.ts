import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { RefundMethodSchema } from "../state.js";
import { PositiveMoneySchema } from "./fields.js";

/** Records a refund paid to the customer (by us through the platform, or by hand). */
export const RecordRefundCommandSchema = z.object({
  type: z.literal("record_refund"),
  amount: PositiveMoneySchema,
  method: RefundMethodSchema,
  platformRefundId: z.string().min(1).optional(),
});
/** Input of {@link recordRefund}. */
export type RecordRefundCommand = z.infer<typeof RecordRefundCommandSchema>;

/**
 * `record_refund` → `refund_issued` (item progress of a return → refunded). Also for goodwill
 * partial refunds on complaints. Not assignee-bound: finance or the platform records it.
 */
export const recordRefund: CommandHandler<RecordRefundCommand> = {
  type: "record_refund",
  schema: RecordRefundCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: false,
  decide: (_state, { amount, method, platformRefundId }) =>
    accept(draft("refund_issued", defined({ amount, method, platformRefundId }))),
};
