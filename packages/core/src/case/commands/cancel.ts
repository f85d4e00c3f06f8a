import { z } from "zod";
import { accept, type CommandHandler, defined, draft, reject } from "../command.js";

/** Withdraws the case. */
export const CancelCommandSchema = z.object({
  type: z.literal("cancel"),
  reason: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link cancel}. */
export type CancelCommand = z.infer<typeof CancelCommandSchema>;

/**
 * `cancel` → `cancelled`. The customer may cancel until the case is in progress (goods may be on
 * the way, money may have moved); staff may cancel any open case.
 */
export const cancel: CommandHandler<CancelCommand> = {
  type: "cancel",
  schema: CancelCommandSchema,
  actors: ["customer", "staff"],
  requiresAssignee: true,
  check: (state, actor) =>
    actor.type === "customer" && state.status === "in_progress"
      ? reject("invalid_transition", "A case in progress can only be cancelled by the store", {
          status: state.status,
          command: "cancel",
          actor: actor.type,
        })
      : undefined,
  decide: (_state, { reason }) => accept(draft("cancelled", defined({ reason }))),
};
