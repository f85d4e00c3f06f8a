import { z } from "zod";
import { accept, type CommandHandler, draft } from "../command.js";
import { TextSchema } from "./fields.js";

/** An internal note; never shown to the customer. */
export const AddNoteCommandSchema = z.object({ type: z.literal("add_note"), body: TextSchema });
/** Input of {@link addNote}. */
export type AddNoteCommand = z.infer<typeof AddNoteCommandSchema>;

/** `add_note` → `note_added` (internal). Any staff member, in any status; the system too. */
export const addNote: CommandHandler<AddNoteCommand> = {
  type: "add_note",
  schema: AddNoteCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: false,
  decide: (_state, { body }) => accept(draft("note_added", { body })),
};
