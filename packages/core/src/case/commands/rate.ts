import { z } from "zod";
import { accept, type CommandHandler, defined, draft, reject } from "../command.js";

/** The customer's satisfaction rating of the resolution (CSAT), 1 to 5. */
export const RateCommandSchema = z.object({
  type: z.literal("rate"),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link rate}. */
export type RateCommand = z.infer<typeof RateCommandSchema>;

/** `rate` → `rated`, once per resolution (after a reopen the next resolution can be rated). */
export const rate: CommandHandler<RateCommand> = {
  type: "rate",
  schema: RateCommandSchema,
  actors: ["customer"],
  requiresAssignee: false,
  check: (state) =>
    state.rating === null
      ? undefined
      : reject("already_rated", "This resolution was already rated", { score: state.rating.score }),
  decide: (_state, { score, comment }) => accept(draft("rated", defined({ score, comment }))),
};
