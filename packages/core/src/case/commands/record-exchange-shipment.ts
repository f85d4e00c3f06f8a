import { z } from "zod";
import { accept, type CommandHandler, defined, draft, reject } from "../command.js";
import { CaseLineQuantitySchema, CaseShipmentSchema } from "../state.js";

/** Records that the replacement goods (exchange, replacement, re-ship) left the store. */
export const RecordExchangeShipmentCommandSchema = CaseShipmentSchema.extend({
  type: z.literal("record_exchange_shipment"),
  lines: z.array(CaseLineQuantitySchema).min(1).optional(),
});
/** Input of {@link recordExchangeShipment}. */
export type RecordExchangeShipmentCommand = z.infer<typeof RecordExchangeShipmentCommandSchema>;

/**
 * `record_exchange_shipment` → `exchange_shipped` (item progress → exchanged). Allowed before the
 * returned goods arrive (advance exchanges) and without any return (re-ship on a complaint); not
 * once the goods were refunded, exchanged or repaired.
 */
export const recordExchangeShipment: CommandHandler<RecordExchangeShipmentCommand> = {
  type: "record_exchange_shipment",
  schema: RecordExchangeShipmentCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: false,
  check: (state) =>
    state.itemProgress === "refunded" ||
    state.itemProgress === "exchanged" ||
    state.itemProgress === "repaired"
      ? reject("invalid_item_progress", `The goods are already ${state.itemProgress}`, {
          itemProgress: state.itemProgress,
        })
      : undefined,
  decide: (_state, { type: _type, ...shipment }) => accept(draft("exchange_shipped", defined(shipment))),
};
