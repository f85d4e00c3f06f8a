import { z } from "zod";
import { accept, type CommandHandler, draft } from "../command.js";

/** Closes a resolved case (usually the system, some days after resolution). */
export const CloseCommandSchema = z.object({ type: z.literal("close") });
/** Input of {@link close}. */
export type CloseCommand = z.infer<typeof CloseCommandSchema>;

/** `close` → `closed` (resolved → closed). Staff or the system. */
export const close: CommandHandler<CloseCommand> = {
  type: "close",
  schema: CloseCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: false,
  decide: () => accept(draft("closed", {})),
};
