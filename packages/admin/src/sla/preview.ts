import type { FieldError, SlaPreviewRequest } from "../api/types.js";
import { zonedWallToUtc } from "../i18n/index.js";
import { parseJsonObject } from "../policies/draft.js";

/** The preview form as typed: a local date-time in the store's zone and the case's attributes. */
export interface PreviewForm {
  readonly at: string;
  readonly kind: string;
  readonly priority: string;
  readonly channel: string;
  /** A complaint category, or "" for none. */
  readonly category: string;
}

/** The drafts being edited on the SLA page. */
export interface PreviewDrafts {
  /** The id the edited calendar is saved under. */
  readonly calendarId: string;
  /** The edited calendar as the API stores it. */
  readonly calendar: unknown;
  /** The SLA policy JSON as typed ("" when there is none to edit). */
  readonly policyText: string;
  /** The saved policy's JSON as the editor first showed it, to tell an edited policy from the saved one. */
  readonly savedPolicyText: string;
}

/**
 * The preview request for the form and the drafts: the wall time read in the store's zone, the
 * edited calendar always (it is what staff look at), the policy when it differs from the saved one.
 * A policy that is not JSON is an error of the policy field, not a silent fallback to the saved one.
 */
export function previewRequest(
  form: PreviewForm,
  storeZone: string,
  drafts: PreviewDrafts,
): { ok: true; request: SlaPreviewRequest; policyEdited: boolean } | { ok: false; policyMessage: string } {
  const edited = drafts.policyText.trim() !== "" && drafts.policyText !== drafts.savedPolicyText;
  let policy: unknown;
  if (edited) {
    const parsed = parseJsonObject(drafts.policyText);
    if (!parsed.ok) return { ok: false, policyMessage: parsed.message };
    policy = parsed.value;
  }
  const request: SlaPreviewRequest = {
    openedAt: zonedWallToUtc(form.at, storeZone),
    case: {
      kind: form.kind,
      priority: form.priority,
      channel: form.channel,
      ...(form.kind === "complaint" && form.category ? { category: form.category } : {}),
    },
    ...(edited ? { policy } : {}),
    calendars: { [drafts.calendarId]: drafts.calendar },
  };
  return { ok: true, request, policyEdited: edited };
}

/** Field errors of a preview, by where the page shows them. */
export interface PreviewErrors {
  /** Errors in the policy draft, paths relative to the policy (`rules.0.targets`). */
  readonly policy: readonly FieldError[];
  /** Errors in the edited calendar, paths relative to it (`weekly.mon`), as the calendar editor shows them. */
  readonly calendar: readonly FieldError[];
  /** Errors of the preview form's own fields, by field (`at`, `kind` …). */
  readonly form: Readonly<Record<string, string>>;
  /** Anything else (another calendar the policy names, an unexpected path), shown in the preview card. */
  readonly other: readonly FieldError[];
}

const FORM_PATHS: Readonly<Record<string, string>> = {
  openedAt: "at",
  "case.kind": "kind",
  "case.priority": "priority",
  "case.channel": "channel",
  "case.category": "category",
};

/** Sorts the field errors of a 400 answer to the fields they are about. */
export function splitPreviewErrors(errors: readonly FieldError[], calendarId: string): PreviewErrors {
  const policy: FieldError[] = [];
  const calendar: FieldError[] = [];
  const form: Record<string, string> = {};
  const other: FieldError[] = [];
  const calendarPrefix = `calendars.${calendarId}`;
  const strip = (error: FieldError, prefix: string): FieldError => ({
    ...error,
    path: error.path === prefix ? "" : error.path.slice(prefix.length + 1),
  });
  for (const error of errors) {
    const field = FORM_PATHS[error.path];
    if (field) form[field] = form[field] ? `${form[field]}; ${error.message}` : error.message;
    else if (error.path === "policy" || error.path.startsWith("policy.")) policy.push(strip(error, "policy"));
    else if (error.path === calendarPrefix || error.path.startsWith(`${calendarPrefix}.`))
      calendar.push(strip(error, calendarPrefix));
    else other.push(error);
  }
  return { policy, calendar, form, other };
}
