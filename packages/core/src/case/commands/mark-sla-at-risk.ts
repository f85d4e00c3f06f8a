import { z } from "zod";
import { InstantSchema } from "../../order/snapshot.js";
import { accept, type CommandHandler, draft } from "../command.js";
import { SlaTargetSchema } from "../state.js";

/** The SLA sweeper flags a target that is close to its due instant. */
export const MarkSlaAtRiskCommandSchema = z.object({
  type: z.literal("mark_sla_at_risk"),
  target: SlaTargetSchema,
  dueAt: InstantSchema,
});
/** Input of {@link markSlaAtRisk}. */
export type MarkSlaAtRiskCommand = z.infer<typeof MarkSlaAtRiskCommandSchema>;

/** `mark_sla_at_risk` → `sla_at_risk` (internal; no status change). System only. */
export const markSlaAtRisk: CommandHandler<MarkSlaAtRiskCommand> = {
  type: "mark_sla_at_risk",
  schema: MarkSlaAtRiskCommandSchema,
  actors: ["system"],
  requiresAssignee: false,
  decide: (_state, { target, dueAt }) => accept(draft("sla_at_risk", { target, dueAt })),
};
