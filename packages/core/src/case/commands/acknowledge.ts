import { z } from "zod";
import { accept, type CommandHandler, draft } from "../command.js";

/** Confirms to the customer that the store has registered the case. */
export const AcknowledgeCommandSchema = z.object({ type: z.literal("acknowledge") });
/** Input of {@link acknowledge}. */
export type AcknowledgeCommand = z.infer<typeof AcknowledgeCommandSchema>;

/** `acknowledge` → `acknowledged` (submitted → acknowledged). Staff, or the system's auto-reply. */
export const acknowledge: CommandHandler<AcknowledgeCommand> = {
  type: "acknowledge",
  schema: AcknowledgeCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: false,
  decide: () => accept(draft("acknowledged", {})),
};
