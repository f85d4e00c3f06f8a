import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import { CodeSchema } from "./fields.js";

/** Marks the case settled, with a resolution code (`refunded`, `answered`, `apologised` …). */
export const ResolveCommandSchema = z.object({
  type: z.literal("resolve"),
  resolution: CodeSchema,
  summary: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link resolve}. */
export type ResolveCommand = z.infer<typeof ResolveCommandSchema>;

/** `resolve` → `resolved` (→ resolved; the follow-up and rating can follow). */
export const resolve: CommandHandler<ResolveCommand> = {
  type: "resolve",
  schema: ResolveCommandSchema,
  actors: ["staff", "system"],
  requiresAssignee: true,
  decide: (_state, { resolution, summary }) => accept(draft("resolved", defined({ resolution, summary }))),
};
