import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { CaseShipmentSchema } from "../state.js";
import { requireProgress } from "./progress.js";

/** Records that the customer sent the goods back (carrier and tracking, all optional). */
export const RecordShipmentCommandSchema = CaseShipmentSchema.extend({ type: z.literal("record_shipment") });
/** Input of {@link recordShipment}. */
export type RecordShipmentCommand = z.infer<typeof RecordShipmentCommandSchema>;

/**
 * `record_shipment` → `shipment_recorded` (item progress → in_transit; again while in transit to
 * correct the tracking). The customer may enter their tracking number; staff, the system (carrier
 * tracking) and the platform too.
 */
export const recordShipment: CommandHandler<RecordShipmentCommand> = {
  type: "record_shipment",
  schema: RecordShipmentCommandSchema,
  actors: ["customer", "staff", "system", "platform"],
  requiresAssignee: false,
  check: (state) => requireProgress(state, ["awaiting_shipment", "in_transit"]),
  decide: (_state, { type: _type, ...shipment }) => accept(draft("shipment_recorded", defined(shipment))),
};
