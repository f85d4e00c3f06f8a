import { z } from "zod";
import { accept, type CommandHandler, defined, draft, reject } from "../command.js";
import { CodeSchema } from "./fields.js";

/** Declines a return request (or a return after a failed inspection), always with a reason. */
export const DeclineReturnCommandSchema = z.object({
  type: z.literal("decline_return"),
  reasonCode: CodeSchema,
  message: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link declineReturn}. */
export type DeclineReturnCommand = z.infer<typeof DeclineReturnCommandSchema>;

/** `decline_return` → `return_declined` (→ declined). Staff, or the platform (declined in its admin). */
export const declineReturn: CommandHandler<DeclineReturnCommand> = {
  type: "decline_return",
  schema: DeclineReturnCommandSchema,
  actors: ["staff", "platform"],
  requiresAssignee: true,
  check: (state) =>
    state.kind === "inquiry"
      ? reject("wrong_case_kind", "An inquiry has no return to decline", { kind: state.kind })
      : undefined,
  decide: (_state, { reasonCode, message }) =>
    accept(draft("return_declined", defined({ reasonCode, message }))),
};
