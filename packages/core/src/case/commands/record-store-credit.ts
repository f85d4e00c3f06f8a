import { z } from "zod";
import { accept, type CommandHandler, draft } from "../command.js";
import { PositiveMoneySchema } from "./fields.js";

/** Records store credit given to the customer. */
export const RecordStoreCreditCommandSchema = z.object({
  type: z.literal("record_store_credit"),
  amount: PositiveMoneySchema,
});
/** Input of {@link recordStoreCredit}. */
export type RecordStoreCreditCommand = z.infer<typeof RecordStoreCreditCommandSchema>;

/** `record_store_credit` → `store_credit_issued` (item progress of a return → refunded). */
export const recordStoreCredit: CommandHandler<RecordStoreCreditCommand> = {
  type: "record_store_credit",
  schema: RecordStoreCreditCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: false,
  decide: (_state, { amount }) => accept(draft("store_credit_issued", { amount })),
};
