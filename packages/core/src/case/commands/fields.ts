import { z } from "zod";
import { MoneySchema } from "../../money/money.js";

/** Text a person typed (message, note, question): trimmed, not empty, bounded. */
export const TextSchema = z.string().trim().min(1, "must not be empty").max(10_000);

/** Attachment ids on a message (the server checks they exist and belong to the case). */
export const AttachmentIdsSchema = z.array(z.string().min(1)).max(10);

/** An amount that must be more than zero (refunds, store credit). */
export const PositiveMoneySchema = MoneySchema.refine((m) => m.amount > 0, {
  message: "must be more than zero",
  path: ["amount"],
});

/** An amount that may be zero but not negative (an offered option's value). */
export const NonNegativeMoneySchema = MoneySchema.refine((m) => m.amount >= 0, {
  message: "must not be negative",
  path: ["amount"],
});

/** A machine code (reason, resolution): lower snake_case. */
export const CodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "must be a lower snake_case code such as wrong_size")
  .max(64);
