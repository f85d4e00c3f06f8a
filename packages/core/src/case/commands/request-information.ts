import { z } from "zod";
import { accept, type CommandHandler, draft } from "../command.js";
import { TextSchema } from "./fields.js";

/** Asks the customer for something (a photo, a serial number); the SLA clock pauses meanwhile. */
export const RequestInformationCommandSchema = z.object({
  type: z.literal("request_information"),
  body: TextSchema,
});
/** Input of {@link requestInformation}. */
export type RequestInformationCommand = z.infer<typeof RequestInformationCommandSchema>;

/** `request_information` → `information_requested` (→ awaiting_customer). */
export const requestInformation: CommandHandler<RequestInformationCommand> = {
  type: "request_information",
  schema: RequestInformationCommandSchema,
  actors: ["staff"],
  requiresAssignee: true,
  decide: (_state, { body }) => accept(draft("information_requested", { body })),
};
