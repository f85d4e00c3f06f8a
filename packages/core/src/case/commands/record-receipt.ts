import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { CaseLineQuantitySchema } from "../state.js";
import { requireProgress } from "./progress.js";

/** Records that the returned goods arrived (the return-processing SLA clock starts). */
export const RecordReceiptCommandSchema = z.object({
  type: z.literal("record_receipt"),
  lines: z.array(CaseLineQuantitySchema).min(1).optional(),
});
/** Input of {@link recordReceipt}. */
export type RecordReceiptCommand = z.infer<typeof RecordReceiptCommandSchema>;

/**
 * `record_receipt` → `item_received` (item progress → received), also straight from
 * awaiting_shipment since many parcels arrive without a recorded shipment. Not assignee-bound:
 * the warehouse records it.
 */
export const recordReceipt: CommandHandler<RecordReceiptCommand> = {
  type: "record_receipt",
  schema: RecordReceiptCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: false,
  check: (state) => requireProgress(state, ["awaiting_shipment", "in_transit"]),
  decide: (_state, { lines }) => accept(draft("item_received", defined({ lines }))),
};
