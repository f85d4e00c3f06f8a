import { z } from "zod";
import { accept, type CommandHandler, defined, draft, type EventDraft } from "../command.js";
import { AttachmentIdsSchema, TextSchema } from "./fields.js";

/** A message between the customer and the store, visible to both. */
export const PostMessageCommandSchema = z.object({
  type: z.literal("post_message"),
  body: TextSchema,
  attachments: AttachmentIdsSchema.optional(),
});
/** Input of {@link postMessage}. */
export type PostMessageCommand = z.infer<typeof PostMessageCommandSchema>;

/**
 * `post_message` → `message_posted`. A customer message while awaiting the customer puts the case
 * back to investigating. A staff reply to a case still `submitted` also acknowledges it (the
 * customer has been answered, so "submitted" would be untrue): `acknowledged` is recorded first.
 */
export const postMessage: CommandHandler<PostMessageCommand> = {
  type: "post_message",
  schema: PostMessageCommandSchema,
  actors: ["customer", "staff"],
  requiresAssignee: true,
  decide: (state, { body, attachments }, { actor }) => {
    const drafts: EventDraft[] = [];
    if (actor.type === "staff" && state.status === "submitted") drafts.push(draft("acknowledged", {}));
    drafts.push(draft("message_posted", defined({ body, attachments })));
    return accept(...drafts);
  },
};
