import { z } from "zod";
import { accept, type CommandHandler, defined, draft } from "../command.js";
import {
  CaseCustomerSchema,
  CaseKindSchema,
  CaseLineSchema,
  CaseOrderRefSchema,
  ChannelSchema,
  PrioritySchema,
} from "../state.js";

/**
 * Opens a case. Returns and exchanges name at least one line; complaints and inquiries need a
 * description. The caller (server) supplies the eligibility decision and the perishable flag.
 */
export const OpenCaseCommandSchema = z
  .object({
    type: z.literal("open_case"),
    kind: CaseKindSchema,
    channel: ChannelSchema.default("web"),
    priority: PrioritySchema.default("normal"),
    category: z.string().min(1).optional(),
    order: CaseOrderRefSchema.optional(),
    customer: CaseCustomerSchema,
    subject: z.string().trim().max(200).optional(),
    description: z.string().trim().max(10_000).default(""),
    lines: z.array(CaseLineSchema).optional(),
    evidence: z.array(z.string().min(1)).max(20).optional(),
    perishable: z.boolean().optional(),
    decision: z.unknown().optional(),
    tags: z.array(z.string().min(1)).optional(),
  })
  .superRefine((command, ctx) => {
    const needsLines = command.kind === "return" || command.kind === "exchange";
    if (needsLines && (command.lines === undefined || command.lines.length === 0)) {
      ctx.addIssue({ code: "custom", path: ["lines"], message: `a ${command.kind} names at least one line` });
    }
    if (!needsLines && command.description === "") {
      ctx.addIssue({
        code: "custom",
        path: ["description"],
        message: `a ${command.kind} needs a description`,
      });
    }
    const seen = new Set<string>();
    command.lines?.forEach((line, index) => {
      if (seen.has(line.lineId)) {
        ctx.addIssue({
          code: "custom",
          path: ["lines", index, "lineId"],
          message: "each line is listed once",
        });
      }
      seen.add(line.lineId);
    });
  });
/** Input of {@link openCase}. */
export type OpenCaseCommand = z.infer<typeof OpenCaseCommandSchema>;

/** `open_case` → `case_opened`. Customers, staff (phone/email intake), platform and system may open. */
export const openCase: CommandHandler<OpenCaseCommand, undefined> = {
  type: "open_case",
  schema: OpenCaseCommandSchema,
  actors: ["customer", "staff", "system", "platform"],
  requiresAssignee: false,
  decide: (_state, { type: _type, ...data }) => accept(draft("case_opened", defined(data))),
};
