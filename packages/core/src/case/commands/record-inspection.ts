import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { InspectionOutcomeSchema } from "../state.js";
import { requireProgress } from "./progress.js";

/** Records what the inspection of the received goods found. */
export const RecordInspectionCommandSchema = z.object({
  type: z.literal("record_inspection"),
  outcome: InspectionOutcomeSchema,
  note: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link recordInspection}. */
export type RecordInspectionCommand = z.infer<typeof RecordInspectionCommandSchema>;

/** `record_inspection` → `item_inspected` (received → inspected). Not assignee-bound. */
export const recordInspection: CommandHandler<RecordInspectionCommand> = {
  type: "record_inspection",
  schema: RecordInspectionCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: false,
  check: (state) => requireProgress(state, ["received"]),
  decide: (_state, { outcome, note }) => accept(draft("item_inspected", defined({ outcome, note }))),
};
