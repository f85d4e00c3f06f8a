import { z } from "zod";
import { accept, type CommandHandler, draft, refuse } from "../command.js";

/** Sets the complaint taxonomy category (staff confirm or correct the classifier's suggestion). */
export const ChangeCategoryCommandSchema = z.object({
  type: z.literal("change_category"),
  category: z.string().min(1),
});
/** Input of {@link changeCategory}. */
export type ChangeCategoryCommand = z.infer<typeof ChangeCategoryCommandSchema>;

/** `change_category` → `category_changed`; allowed after the end too, so reports can be corrected. */
export const changeCategory: CommandHandler<ChangeCategoryCommand> = {
  type: "change_category",
  schema: ChangeCategoryCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: false,
  decide: (state, { category }) =>
    category === state.category
      ? refuse("no_change", `The category is already ${category}`, { category })
      : accept(draft("category_changed", { category })),
};
