import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { CodeSchema } from "./fields.js";

/** Declines the case (any kind, any open status), always with a reason. */
export const DeclineCommandSchema = z.object({
  type: z.literal("decline"),
  reasonCode: CodeSchema,
  message: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link decline}. */
export type DeclineCommand = z.infer<typeof DeclineCommandSchema>;

/** `decline` → `declined`. Staff, or the platform. */
export const decline: CommandHandler<DeclineCommand> = {
  type: "decline",
  schema: DeclineCommandSchema,
  actors: ["staff", "platform"],
  requiresAssignee: true,
  decide: (_state, { reasonCode, message }) => accept(draft("declined", defined({ reasonCode, message }))),
};
