import { z } from "zod";
import { accept, type CommandHandler, draft } from "../command.js";

/** Records the follow-up (回访) sent after resolution, usually with the satisfaction survey. */
export const RecordFollowUpCommandSchema = z.object({ type: z.literal("record_follow_up") });
/** Input of {@link recordFollowUp}. */
export type RecordFollowUpCommand = z.infer<typeof RecordFollowUpCommandSchema>;

/** `record_follow_up` → `follow_up_sent` (meets the follow-up SLA target). System or staff (a call). */
export const recordFollowUp: CommandHandler<RecordFollowUpCommand> = {
  type: "record_follow_up",
  schema: RecordFollowUpCommandSchema,
  actors: ["system", "staff"],
  requiresAssignee: false,
  decide: () => accept(draft("follow_up_sent", {})),
};
