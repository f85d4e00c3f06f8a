import type {
  CasePage,
  DashboardView,
  DecisionView,
  FieldError,
  PolicyVersion,
  SettingsDoc,
  SimulateRequest,
  SlaPreview,
  SlaPreviewRequest,
  StaffActionRequest,
  StaffCase,
  StaffMe,
  StaffMember,
  StaffMemberChange,
  StaffOrder,
  StoreSettings,
} from "./types.js";

/** A problem+json answer (or a network failure) as one error the screens can show. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[];
  readonly body: Readonly<Record<string, unknown>>;

  constructor(status: number, body: Readonly<Record<string, unknown>>) {
    const title = typeof body.title === "string" ? body.title : `HTTP ${status}`;
    super(title);
    this.name = "ApiError";
    this.status = status;
    this.type = typeof body.type === "string" ? body.type : "unknown";
    this.title = title;
    this.detail = typeof body.detail === "string" ? body.detail : undefined;
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
    this.body = body;
  }

  /**
   * True when the route does not exist on this server yet (the server's catch-all 404), as opposed
   * to a missing case or document, so screens can fall back while the server catches up.
   */
  get missingEndpoint(): boolean {
    return this.status === 404 && this.title === "No such resource";
  }
}

/** How the console reaches the API. */
export interface ApiOptions {
  /** Base URL of the API, without `/v1` (`""` for the same origin). */
  readonly apiBase: string;
  /** The staff API key or platform session token sent as `Authorization: Bearer`. */
  readonly getToken: () => string | Promise<string>;
  readonly fetch?: typeof fetch;
}

/** Filters of the case list as the API takes them (comma lists for status and kind). */
export interface CaseListParams {
  readonly status?: readonly string[];
  readonly kind?: readonly string[];
  readonly category?: string;
  readonly priority?: string;
  readonly assignee?: string;
  readonly slaState?: string;
  readonly q?: string;
  /** Requested: `openedFrom` / `openedTo` (local dates) and `sort=due`. */
  readonly openedFrom?: string;
  readonly openedTo?: string;
  readonly sort?: "due" | "newest";
  readonly cursor?: string;
  readonly limit?: number;
}

/** The query string of a case list request (pure; tested). */
export function caseListQuery(params: CaseListParams): string {
  const q = new URLSearchParams();
  const put = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") q.set(key, String(value));
  };
  if (params.status?.length) put("status", params.status.join(","));
  if (params.kind?.length) put("kind", params.kind.join(","));
  put("category", params.category);
  put("priority", params.priority);
  put("assignee", params.assignee);
  put("slaState", params.slaState);
  put("q", params.q?.trim());
  put("openedFrom", params.openedFrom);
  put("openedTo", params.openedTo);
  put("sort", params.sort);
  put("cursor", params.cursor);
  put("limit", params.limit);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The staff API as typed calls; every call rejects with {@link ApiError}. */
export type Api = ReturnType<typeof createApi>;

/** Builds the API client of the console. */
export function createApi(options: ApiOptions) {
  const base = options.apiBase.replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const token = await options.getToken();
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...init.headers };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch (error) {
      throw new ApiError(0, {
        type: "network",
        title: error instanceof Error ? error.message : "Network error",
      });
    }
    if (!response.ok) {
      let body: Record<string, unknown> = {};
      try {
        body = (await response.json()) as Record<string, unknown>;
      } catch {}
      throw new ApiError(response.status, body);
    }
    return response;
  }

  async function json<T>(
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string> },
  ) {
    const response = await send(method, path, init);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  return {
    /** Who the key belongs to, the store it works for and what the store's platform can do. */
    me: () => json<StaffMe>("GET", "/v1/staff/me"),
    /** The store's staff (from its live API keys), to pick an assignee or edit the team. */
    members: () => json<{ items: StaffMember[] }>("GET", "/v1/staff/members"),
    /** Sets a member's alert address and display name (admin; `null` clears). */
    updateMember: (staffId: string, change: StaffMemberChange) =>
      json<StaffMember>("PATCH", `/v1/staff/members/${encodeURIComponent(staffId)}`, { body: change }),
    /** The store's notification settings: the managers' SLA alert mailbox. */
    storeSettings: () => json<StoreSettings>("GET", "/v1/staff/store-settings"),
    /** Sets the managers' SLA alert mailbox (admin). */
    updateStoreSettings: (change: { staffEmail: readonly string[] }) =>
      json<StoreSettings>("PATCH", "/v1/staff/store-settings", { body: change }),
    listCases: (params: CaseListParams) => json<CasePage>("GET", `/v1/staff/cases${caseListQuery(params)}`),
    getCase: (id: string) => json<StaffCase>("GET", `/v1/staff/cases/${encodeURIComponent(id)}`),
    /** Runs a case command; `version` guards against overwriting a colleague's change (409). */
    command: (id: string, command: { type: string } & Record<string, unknown>, version?: number) =>
      json<StaffCase>("POST", `/v1/staff/cases/${encodeURIComponent(id)}/commands`, {
        body: command,
        ...(version === undefined ? {} : { headers: { "if-match": `"${version}"` } }),
      }),
    /**
     * Refunds, gives store credit or a coupon, or writes an order note on the store's platform and
     * records it on the case. The idempotency key makes a retry after a lost answer return the first
     * result instead of moving money twice.
     */
    action: (id: string, action: StaffActionRequest, version: number | undefined, idempotencyKey: string) =>
      json<StaffCase>("POST", `/v1/staff/cases/${encodeURIComponent(id)}/actions`, {
        body: action,
        headers: {
          "idempotency-key": idempotencyKey,
          ...(version === undefined ? {} : { "if-match": `"${version}"` }),
        },
      }),
    /** The bytes of an attachment (photos), fetched with the key because an `<img>` cannot send it. */
    attachment: async (id: string) => (await send("GET", `/v1/attachments/${encodeURIComponent(id)}`)).blob(),
    /** Requested endpoint: the order of a case, unmasked, for staff. */
    order: (id: string) => json<StaffOrder>("GET", `/v1/staff/orders/${encodeURIComponent(id)}`),

    calendars: () => json<{ items: SettingsDoc[] }>("GET", "/v1/staff/calendars"),
    putCalendar: (id: string, body: unknown, version?: number) =>
      json<SettingsDoc>("PUT", `/v1/staff/calendars/${encodeURIComponent(id)}`, {
        body,
        ...(version === undefined ? {} : { headers: { "if-match": `"${version}"` } }),
      }),
    slaPolicies: () => json<{ items: SettingsDoc[] }>("GET", "/v1/staff/sla-policies"),
    putSlaPolicy: (id: string, body: unknown, version?: number) =>
      json<SettingsDoc>("PUT", `/v1/staff/sla-policies/${encodeURIComponent(id)}`, {
        body,
        ...(version === undefined ? {} : { headers: { "if-match": `"${version}"` } }),
      }),
    /** Due instants of a case opened at an instant under a (draft) policy. */
    slaPreview: (request: SlaPreviewRequest) =>
      json<SlaPreview>("POST", "/v1/staff/sla/preview", { body: request }),

    currentPolicy: () => json<PolicyVersion>("GET", "/v1/staff/policies/current"),
    policyHistory: () => json<{ items: Omit<PolicyVersion, "body">[] }>("GET", "/v1/staff/policies"),
    publishPolicy: (body: unknown) => json<PolicyVersion>("POST", "/v1/staff/policies", { body }),
    /** The decision for an order, lines and reasons under the published policy or a draft. */
    simulatePolicy: (request: SimulateRequest) =>
      json<DecisionView>("POST", "/v1/staff/policies/simulate", { body: request }),

    /** Core's `buildDashboard` for a range of local dates, as the server computed it. */
    dashboard: (range: { from: string; to: string; timeZone: string }) =>
      json<DashboardView>("GET", `/v1/staff/analytics?${new URLSearchParams(range).toString()}`),
    /** One table of core's `dashboardCsv` for a range, as text/csv. */
    dashboardCsv: async (range: { from: string; to: string; timeZone: string }, table: string) =>
      (
        await send("GET", `/v1/staff/analytics.csv?${new URLSearchParams({ ...range, table }).toString()}`)
      ).text(),
  };
}
