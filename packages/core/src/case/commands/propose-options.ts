import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { ResolutionOptionKindSchema } from "../state.js";
import { NonNegativeMoneySchema } from "./fields.js";

/** Offers the customer one or more ways to settle the case; a new offer replaces the last one. */
export const ProposeOptionsCommandSchema = z.object({
  type: z.literal("propose_options"),
  options: z
    .array(
      z.object({
        id: z.string().min(1),
        kind: ResolutionOptionKindSchema,
        amount: NonNegativeMoneySchema.optional(),
        label: z.string().trim().min(1).max(200).optional(),
      }),
    )
    .min(1, "offer at least one option")
    .max(10)
    .superRefine((options, ctx) => {
      const seen = new Set<string>();
      options.forEach((option, index) => {
        if (seen.has(option.id)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "id"],
            message: `option id ${option.id} is used twice`,
          });
        }
        seen.add(option.id);
      });
    }),
});
/** Input of {@link proposeOptions}. */
export type ProposeOptionsCommand = z.infer<typeof ProposeOptionsCommandSchema>;

/** `propose_options` → `options_proposed` (→ proposed). Staff, or the system offering eligible resolutions. */
export const proposeOptions: CommandHandler<ProposeOptionsCommand> = {
  type: "propose_options",
  schema: ProposeOptionsCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: true,
  decide: (_state, { options }) =>
    accept(draft("options_proposed", { options: options.map((o) => defined(o)) })),
};
