import { z } from "zod";
import { accept, type CommandHandler, defined, draft, refuse, reject } from "../command.js";
import { CaseLineQuantitySchema } from "../state.js";

/**
 * Approves the return of goods: which lines (default: all requested), whether the customer keeps
 * them (returnless, common for perishables) and the instructions shown to the customer.
 */
export const ApproveReturnCommandSchema = z.object({
  type: z.literal("approve_return"),
  lines: z.array(CaseLineQuantitySchema).min(1).optional(),
  returnless: z.boolean().default(false),
  instructions: z.string().trim().min(1).max(10_000).optional(),
});
/** Input of {@link approveReturn}. */
export type ApproveReturnCommand = z.infer<typeof ApproveReturnCommandSchema>;

/**
 * `approve_return` → `return_approved` (→ in_progress, item progress `awaiting_shipment` or
 * `returnless`). For returns, exchanges and complaints about goods; once per case. Staff, the
 * system (auto-approval by policy) or the platform (approved in the platform's admin).
 */
export const approveReturn: CommandHandler<ApproveReturnCommand> = {
  type: "approve_return",
  schema: ApproveReturnCommandSchema,
  actors: ["staff", "system", "platform"],
  requiresAssignee: true,
  check: (state) => {
    if (state.kind === "inquiry")
      return reject("wrong_case_kind", "An inquiry has no goods to return", { kind: state.kind });
    if (state.itemProgress !== null) {
      return reject("already_approved", "A return was already approved on this case", {
        itemProgress: state.itemProgress,
      });
    }
    return undefined;
  },
  decide: (state, { lines, returnless, instructions }) => {
    // Lines are checked against the request only when the case names lines (complaints may not).
    if (lines !== undefined && state.lines.length > 0) {
      for (const line of lines) {
        const requested = state.lines.find((l) => l.lineId === line.lineId);
        if (requested === undefined) {
          return refuse("line_not_requested", `Line ${line.lineId} was not requested`, {
            lineId: line.lineId,
          });
        }
        if (line.quantity > requested.quantity) {
          return refuse(
            "quantity_exceeds_request",
            `Line ${line.lineId}: ${line.quantity} approved but ${requested.quantity} requested`,
            { lineId: line.lineId, requested: requested.quantity, approved: line.quantity },
          );
        }
      }
    }
    return accept(draft("return_approved", defined({ lines, returnless, instructions })));
  },
};
