import { Badge } from "@shopify/polaris";
import { useAdmin } from "../app/context.js";
import { codeLabel } from "../i18n/index.js";

type Tone = "info" | "success" | "warning" | "critical" | "attention" | "new" | undefined;

const statusTone: Readonly<Record<string, Tone>> = {
  submitted: "attention",
  acknowledged: "info",
  investigating: "info",
  awaiting_customer: "new",
  proposed: "new",
  in_progress: "info",
  reopened: "warning",
  resolved: "success",
  closed: undefined,
  declined: undefined,
  cancelled: undefined,
};

/** A case status as a badge. */
export function StatusBadge({ status }: { status: string }) {
  const { locale } = useAdmin();
  const tone = statusTone[status];
  return <Badge {...(tone ? { tone } : {})}>{codeLabel(locale, "status", status)}</Badge>;
}

/** A priority as a badge (only high and urgent stand out). */
export function PriorityBadge({ priority }: { priority: string }) {
  const { locale } = useAdmin();
  const tone: Tone = priority === "urgent" ? "critical" : priority === "high" ? "warning" : undefined;
  return <Badge {...(tone ? { tone } : {})}>{codeLabel(locale, "priority", priority)}</Badge>;
}
