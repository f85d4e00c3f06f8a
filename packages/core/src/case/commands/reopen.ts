import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";

/** Reopens a resolved or closed case (the problem came back, the customer disagrees). */
export const ReopenCommandSchema = z.object({
  type: z.literal("reopen"),
  reason: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link reopen}. */
export type ReopenCommand = z.infer<typeof ReopenCommandSchema>;

/** `reopen` → `reopened` (resolved | closed → reopened); the rating of the old resolution is cleared. */
export const reopen: CommandHandler<ReopenCommand> = {
  type: "reopen",
  schema: ReopenCommandSchema,
  actors: ["staff"],
  requiresAssignee: true,
  decide: (_state, { reason }) => accept(draft("reopened", defined({ reason }))),
};
