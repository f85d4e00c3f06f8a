import { z } from "zod";
import { accept, type CommandHandler, draft, refuse } from "../command.js";

/** Assigns the case to a staff member, or unassigns it with `null`. */
export const AssignCommandSchema = z.object({
  type: z.literal("assign"),
  assigneeId: z.string().min(1).nullable(),
});
/** Input of {@link assign}. */
export type AssignCommand = z.infer<typeof AssignCommandSchema>;

/**
 * `assign` → `assigned`. Any staff member may (re)assign — that is how a colleague takes over an
 * assigned case — and so may the system's routing.
 */
export const assign: CommandHandler<AssignCommand> = {
  type: "assign",
  schema: AssignCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: false,
  decide: (state, { assigneeId }) =>
    assigneeId === state.assigneeId
      ? refuse(
          "no_change",
          `The case is already ${assigneeId === null ? "unassigned" : `assigned to ${assigneeId}`}`,
          {
            assigneeId,
          },
        )
      : accept(draft("assigned", { assigneeId })),
};
