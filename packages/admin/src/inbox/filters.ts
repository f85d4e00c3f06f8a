import type { CaseListParams } from "../api/client.js";
import type { CaseSummary } from "../api/types.js";
import { localDate } from "../i18n/index.js";

/** The saved views of the inbox. */
export const SavedView = {
  all: "all",
  mine: "mine",
  unassigned: "unassigned",
  at_risk: "at_risk",
  breached: "breached",
} as const;
/** A saved view of the inbox. */
export type SavedView = (typeof SavedView)[keyof typeof SavedView];

/** Statuses in which a case still needs work: the inbox's default. */
export const OPEN_STATUSES = [
  "submitted",
  "acknowledged",
  "investigating",
  "awaiting_customer",
  "proposed",
  "in_progress",
  "reopened",
] as const;

/** Every case status, for the status filter. */
export const ALL_STATUSES = [...OPEN_STATUSES, "resolved", "closed", "declined", "cancelled"] as const;

/** The inbox's filters as staff set them. */
export interface InboxFilters {
  readonly view: SavedView;
  readonly status: readonly string[];
  readonly kind: readonly string[];
  readonly category: string;
  readonly priority: string;
  /** A staff id, `none`, or empty for anyone. */
  readonly assignee: string;
  readonly slaState: string;
  readonly overdue: boolean;
  /** Local dates (store zone) `YYYY-MM-DD`, empty for open-ended. */
  readonly openedFrom: string;
  readonly openedTo: string;
  readonly q: string;
  readonly sort: "due" | "newest";
}

/** The filters the inbox opens with: every open case, soonest due first. */
export const defaultFilters: InboxFilters = {
  view: "all",
  status: [],
  kind: [],
  category: "",
  priority: "",
  assignee: "",
  slaState: "",
  overdue: false,
  openedFrom: "",
  openedTo: "",
  q: "",
  sort: "due",
};

/**
 * The list request for filters: the saved view sets assignee or SLA state, explicit filters
 * narrow further (an explicit filter wins over the view's), no status filter means open cases.
 */
export function toListParams(filters: InboxFilters, me: string | undefined): CaseListParams {
  let assignee = filters.assignee;
  let slaState = filters.slaState;
  if (filters.view === "mine" && !assignee && me) assignee = me;
  if (filters.view === "unassigned" && !assignee) assignee = "none";
  if (filters.view === "at_risk" && !slaState) slaState = "at_risk";
  if (filters.view === "breached" && !slaState) slaState = "breached";
  if (filters.overdue) slaState = "breached";
  const put = <K extends string, V>(key: K, value: V | "" | undefined) =>
    value === "" || value === undefined ? {} : ({ [key]: value } as Record<K, V>);
  return {
    status: filters.status.length > 0 ? filters.status : [...OPEN_STATUSES],
    ...(filters.kind.length > 0 ? { kind: filters.kind } : {}),
    ...put("category", filters.category),
    ...put("priority", filters.priority),
    ...put("assignee", assignee),
    ...put("slaState", slaState),
    ...put("q", filters.q.trim()),
    ...put("openedFrom", filters.openedFrom),
    ...put("openedTo", filters.openedTo),
    sort: filters.sort,
    limit: 50,
  };
}

/**
 * Whether a case was opened within the local date range (store zone). The list API does not filter
 * by date yet (requested: `openedFrom`/`openedTo`), so the inbox also checks the rows it shows.
 */
export function openedWithin(
  item: Pick<CaseSummary, "openedAt">,
  filters: InboxFilters,
  timeZone: string,
): boolean {
  if (!filters.openedFrom && !filters.openedTo) return true;
  const day = localDate(timeZone, item.openedAt);
  if (filters.openedFrom && day < filters.openedFrom) return false;
  if (filters.openedTo && day > filters.openedTo) return false;
  return true;
}
