import { z } from "zod";
import { InstantSchema } from "../../order/snapshot.js";
import { accept, type CommandHandler, draft } from "../command.js";
import { SlaTargetSchema } from "../state.js";

/** The SLA sweeper records that a target passed its due instant unmet. */
export const MarkSlaBreachedCommandSchema = z.object({
  type: z.literal("mark_sla_breached"),
  target: SlaTargetSchema,
  dueAt: InstantSchema,
});
/** Input of {@link markSlaBreached}. */
export type MarkSlaBreachedCommand = z.infer<typeof MarkSlaBreachedCommandSchema>;

/** `mark_sla_breached` → `sla_breached` (internal; no status change). System only. */
export const markSlaBreached: CommandHandler<MarkSlaBreachedCommand> = {
  type: "mark_sla_breached",
  schema: MarkSlaBreachedCommandSchema,
  actors: ["system"],
  requiresAssignee: false,
  decide: (_state, { target, dueAt }) => accept(draft("sla_breached", { target, dueAt })),
};
