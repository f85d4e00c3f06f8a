import { z } from "zod";
import { accept, type CommandHandler, draft } from "../command.js";

/** Starts (or resumes) working on the case. */
export const StartInvestigationCommandSchema = z.object({ type: z.literal("start_investigation") });
/** Input of {@link startInvestigation}. */
export type StartInvestigationCommand = z.infer<typeof StartInvestigationCommandSchema>;

/**
 * `start_investigation` → `investigation_started` (→ investigating): from submitted or acknowledged,
 * from reopened, when staff stop waiting for the customer, or to withdraw a proposal.
 */
export const startInvestigation: CommandHandler<StartInvestigationCommand> = {
  type: "start_investigation",
  schema: StartInvestigationCommandSchema,
  actors: ["staff"],
  requiresAssignee: true,
  decide: () => accept(draft("investigation_started", {})),
};
