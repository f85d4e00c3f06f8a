import type { CaseSummary, TargetState } from "../api/types.js";
import { formatDuration, type Locale, translate } from "../i18n/index.js";

/** What the SLA column shows for one case: words and a Polaris tone. */
export interface SlaBadge {
  readonly text: string;
  readonly tone: "critical" | "warning" | "attention" | "success" | "info" | undefined;
  /** The instant the badge is about, for sorting by due time (null: none). */
  readonly dueAt: string | null;
}

type SlaSource = Pick<CaseSummary, "firstResponseDueAt" | "resolutionDueAt" | "slaState" | "slaTargets">;

const ms = (iso: string) => Date.parse(iso);
const earliest = (list: readonly string[]) =>
  list.reduce<string | null>((a, b) => (a === null || ms(b) < ms(a) ? b : a), null);

function due(locale: Locale, dueAt: string, now: number, atRisk: boolean): SlaBadge {
  const left = ms(dueAt) - now;
  if (left < 0) {
    return {
      text: translate(locale, "sla.overdueBy", { time: formatDuration(locale, left) }),
      tone: "critical",
      dueAt,
    };
  }
  return {
    text: translate(locale, "sla.dueIn", { time: formatDuration(locale, left) }),
    tone: atRisk ? "warning" : "info",
    dueAt,
  };
}

function breached(locale: Locale, dueAt: string | null, now: number): SlaBadge {
  return {
    text:
      dueAt === null
        ? translate(locale, "sla.state.breached")
        : translate(locale, "sla.breachedAgo", { time: formatDuration(locale, now - ms(dueAt)) }),
    tone: "critical",
    dueAt,
  };
}

function fromTargets(
  locale: Locale,
  targets: Readonly<Record<string, TargetState>>,
  now: number,
): SlaBadge | null {
  const list = Object.values(targets);
  const breachedDues = list.filter((t) => t.state === "breached" && t.dueAt).map((t) => t.dueAt as string);
  if (list.some((t) => t.state === "breached")) return breached(locale, earliest(breachedDues), now);
  const active = list.filter((t) => t.state === "active" && t.dueAt);
  const next = earliest(active.map((t) => t.dueAt as string));
  if (next !== null) {
    const target = active.find((t) => t.dueAt === next);
    const atRisk = target?.atRiskAt != null && ms(target.atRiskAt) <= now;
    return due(locale, next, now, atRisk);
  }
  if (list.some((t) => t.state === "paused"))
    return { text: translate(locale, "sla.paused"), tone: undefined, dueAt: null };
  if (list.some((t) => t.state === "met"))
    return { text: translate(locale, "sla.met"), tone: "success", dueAt: null };
  return null;
}

/**
 * The SLA badge of a case at `now`: "breached 2 h ago", "due in 25 min" (warning when at risk),
 * "paused", "met". Uses the per-target states when the API gives them; otherwise the list's worst
 * state and its first-response and resolution due instants (the earliest one still ahead, or for a
 * breach the earliest one passed).
 */
export function slaBadge(locale: Locale, source: SlaSource, now: number): SlaBadge | null {
  if (source.slaTargets) return fromTargets(locale, source.slaTargets, now);
  const dues = [source.firstResponseDueAt, source.resolutionDueAt].filter((d): d is string => d !== null);
  switch (source.slaState) {
    case null:
    case "cancelled":
      return null;
    case "met":
      return { text: translate(locale, "sla.met"), tone: "success", dueAt: null };
    case "paused":
      return { text: translate(locale, "sla.paused"), tone: undefined, dueAt: null };
    case "breached":
      return breached(locale, earliest(dues.filter((d) => ms(d) <= now)), now);
    default: {
      const ahead = earliest(dues.filter((d) => ms(d) >= now));
      const passed = earliest(dues);
      const at = ahead ?? passed;
      if (at === null) return null;
      return due(locale, at, now, source.slaState === "at_risk");
    }
  }
}

/**
 * Orders cases by the instant their badge is about, soonest (most overdue) first; cases without a
 * due instant last, newest first among them. Stable for equal keys.
 */
export function sortByDue<T extends SlaSource & Pick<CaseSummary, "openedAt">>(
  items: readonly T[],
  now: number,
): T[] {
  const keyed = items.map((item, index) => ({ item, index, due: slaBadge("en", item, now)?.dueAt ?? null }));
  keyed.sort((a, b) => {
    if (a.due !== null && b.due !== null) return ms(a.due) - ms(b.due) || a.index - b.index;
    if (a.due !== null) return -1;
    if (b.due !== null) return 1;
    return ms(b.item.openedAt) - ms(a.item.openedAt) || a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
