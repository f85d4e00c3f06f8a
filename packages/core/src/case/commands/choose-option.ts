import { z } from "zod";
import { accept, type CommandHandler, draft, refuse } from "../command.js";

/** The customer picks one of the offered options. */
export const ChooseOptionCommandSchema = z.object({
  type: z.literal("choose_option"),
  optionId: z.string().min(1),
});
/** Input of {@link chooseOption}. */
export type ChooseOptionCommand = z.infer<typeof ChooseOptionCommandSchema>;

/**
 * `choose_option` → `option_chosen` (proposed → in_progress). The customer, or staff recording the
 * customer's choice made by phone or email.
 */
export const chooseOption: CommandHandler<ChooseOptionCommand> = {
  type: "choose_option",
  schema: ChooseOptionCommandSchema,
  actors: ["customer", "staff"],
  requiresAssignee: true,
  decide: (state, { optionId }) =>
    state.proposedOptions.some((option) => option.id === optionId)
      ? accept(draft("option_chosen", { optionId }))
      : refuse("option_not_offered", `Option ${optionId} was not offered`, {
          optionId,
          offered: state.proposedOptions.map((option) => option.id),
        }),
};
