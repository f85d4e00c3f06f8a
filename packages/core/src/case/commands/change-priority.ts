import { z } from "zod";
import { accept, type CommandHandler, draft, refuse } from "../command.js";
import { PrioritySchema } from "../state.js";

/** Changes how urgent the case is (the SLA targets follow). */
export const ChangePriorityCommandSchema = z.object({
  type: z.literal("change_priority"),
  priority: PrioritySchema,
});
/** Input of {@link changePriority}. */
export type ChangePriorityCommand = z.infer<typeof ChangePriorityCommandSchema>;

/** `change_priority` → `priority_changed`. Staff, or the system escalating a breach. */
export const changePriority: CommandHandler<ChangePriorityCommand> = {
  type: "change_priority",
  schema: ChangePriorityCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: false,
  decide: (state, { priority }) =>
    priority === state.priority
      ? refuse("no_change", `The priority is already ${priority}`, { priority })
      : accept(draft("priority_changed", { priority })),
};
