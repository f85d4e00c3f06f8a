import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { requireProgress } from "./progress.js";

/** Records that the returned goods were repaired (and are on their way back). */
export const RecordRepairCommandSchema = z.object({
  type: z.literal("record_repair"),
  note: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link recordRepair}. */
export type RecordRepairCommand = z.infer<typeof RecordRepairCommandSchema>;

/** `record_repair` → `repair_completed` (received or inspected → repaired). */
export const recordRepair: CommandHandler<RecordRepairCommand> = {
  type: "record_repair",
  schema: RecordRepairCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: false,
  check: (state) => requireProgress(state, ["received", "inspected"]),
  decide: (_state, { note }) => accept(draft("repair_completed", defined({ note }))),
};
