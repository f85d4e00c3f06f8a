import { z } from "zod";
import type { Priority } from "../case/state.js";

/**
 * Words in a complaint that mean it may leave the store's hands: a regulator, a lawyer or court,
 * a card chargeback or marketplace dispute, a consumer body (12315, 消协, 消保官, 消委會), the media
 * or social networks, or a safety incident.
 */
export const EscalationKind = {
  regulator: "regulator",
  legal: "legal",
  chargeback: "chargeback",
  consumer_body: "consumer_body",
  media: "media",
  safety: "safety",
} as const;
/** Zod enum of {@link EscalationKind}. */
export const EscalationKindSchema = z.enum(EscalationKind);
/** One kind of escalation signal. */
export type EscalationKind = z.infer<typeof EscalationKindSchema>;

/**
 * The priority a complaint gets at least when a signal of this kind is present. Regulators,
 * consumer bodies and courts run their own deadlines, and an injury needs a person now, so those
 * are `urgent`; a chargeback or a public post is `high`.
 */
export const escalationPriorityFloor: Readonly<Record<EscalationKind, Priority>> = {
  regulator: "urgent",
  legal: "urgent",
  chargeback: "high",
  consumer_body: "urgent",
  media: "high",
  safety: "urgent",
};
