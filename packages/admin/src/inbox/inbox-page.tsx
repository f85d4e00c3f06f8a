import {
  Badge,
  BlockStack,
  Button,
  Card,
  Checkbox,
  ChoiceList,
  EmptyState,
  Filters,
  IndexTable,
  InlineStack,
  Link,
  Modal,
  Page,
  Select,
  Tabs,
  Text,
  TextField,
  useIndexResourceState,
} from "@shopify/polaris";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CasePage, CaseSummary } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { useLoad } from "../app/use-load.js";
import { useNow } from "../app/use-now.js";
import { codeLabel, formatInstant } from "../i18n/index.js";
import { AssigneePicker, useMembers } from "../ui/assignee-picker.js";
import { CATEGORIES, KINDS, PRIORITIES } from "../ui/codes.js";
import { PriorityBadge, StatusBadge } from "../ui/labels.js";
import { assigneeOptions, nameOf } from "../ui/members.js";
import { Notice } from "../ui/notice.js";
import { OrderLink } from "../ui/order-link.js";
import { ProblemBanner } from "../ui/problem-banner.js";
import {
  ALL_STATUSES,
  defaultFilters,
  type InboxFilters,
  openedWithin,
  type SavedView,
  toListParams,
} from "./filters.js";
import { slaBadge, sortByDue } from "./sla-badge.js";

const SLA_STATES = ["active", "at_risk", "breached", "paused", "met"];
const VIEWS: readonly SavedView[] = ["all", "mine", "unassigned", "at_risk", "breached"];
const VIEW_LABEL = {
  all: "inbox.views.all",
  mine: "inbox.views.mine",
  unassigned: "inbox.views.unassigned",
  at_risk: "inbox.views.atRisk",
  breached: "inbox.views.breached",
} as const;

/** The case inbox: saved views, filters, SLA badges, soonest due first, bulk assignment. */
export function InboxPage() {
  const { api, locale, timeZone, identity } = useAdmin();
  const t = useT();
  const now = useNow();
  const [filters, setFilters] = useState<InboxFilters>(defaultFilters);
  const [extra, setExtra] = useState<CasePage | null>(null);
  const [assignOpen, setAssignOpen] = useState(false);
  const [assignTo, setAssignTo] = useState("");
  const [toast, setToast] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const members = useMembers();
  const params = toListParams(filters, identity.staffId);
  const key = JSON.stringify(params);
  const page = useLoad(() => {
    setExtra(null);
    return api.listCases(params);
  }, [key]);

  const loaded = useMemo(
    () =>
      [...(page.data?.items ?? []), ...(extra?.items ?? [])].filter((c) =>
        openedWithin(c, filters, timeZone),
      ),
    [page.data, extra, filters, timeZone],
  );
  const rows = filters.sort === "due" ? sortByDue(loaded, now) : loaded;
  const nextCursor = extra ? extra.nextCursor : (page.data?.nextCursor ?? null);
  const { selectedResources, allResourcesSelected, handleSelectionChange, clearSelection } =
    useIndexResourceState(rows as unknown as { [key: string]: unknown }[]);

  // Polaris writes `indeterminate="true"` as an attribute beside `aria-checked="mixed"` on the
  // select-all checkbox of a partly selected table, but a checkbox is indeterminate only through its
  // DOM property; without it the two disagree (axe: aria-conditional-attr) and the native state lies.
  const panel = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the selection
  useEffect(() => {
    for (const box of panel.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
      box.indeterminate = box.getAttribute("indeterminate") === "true";
    }
  }, [selectedResources, allResourcesSelected, rows.length]);

  const set = (patch: Partial<InboxFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const loadMore = async () => {
    if (!nextCursor) return;
    const more = await api.listCases({ ...params, cursor: nextCursor });
    setExtra((prev) => ({ items: [...(prev?.items ?? []), ...more.items], nextCursor: more.nextCursor }));
  };

  const bulkAssign = async (assigneeId: string) => {
    setBusy(true);
    const chosen = rows.filter((r) => selectedResources.includes(r.id));
    let ok = 0;
    const failures: string[] = [];
    for (const item of chosen) {
      try {
        await api.command(item.id, { type: "assign", assigneeId }, item.version);
        ok++;
      } catch (error) {
        failures.push(t("inbox.bulkAssignFailed", { id: item.id, reason: (error as Error).message }));
      }
    }
    setBusy(false);
    setAssignOpen(false);
    setAssignTo("");
    clearSelection();
    setToast([t("inbox.bulkAssignDone", { ok, count: chosen.length }), ...failures].join(" · "));
    page.reload();
  };

  const applied = [
    filters.status.length > 0 && {
      key: "status",
      label: `${t("inbox.filter.status")}: ${filters.status.map((s) => codeLabel(locale, "status", s)).join(", ")}`,
      onRemove: () => set({ status: [] }),
    },
    filters.kind.length > 0 && {
      key: "kind",
      label: `${t("inbox.filter.kind")}: ${filters.kind.map((s) => codeLabel(locale, "kind", s)).join(", ")}`,
      onRemove: () => set({ kind: [] }),
    },
    filters.category && {
      key: "category",
      label: `${t("inbox.filter.category")}: ${codeLabel(locale, "category", filters.category)}`,
      onRemove: () => set({ category: "" }),
    },
    filters.priority && {
      key: "priority",
      label: `${t("inbox.filter.priority")}: ${codeLabel(locale, "priority", filters.priority)}`,
      onRemove: () => set({ priority: "" }),
    },
    filters.assignee && {
      key: "assignee",
      label: `${t("inbox.filter.assignee")}: ${filters.assignee === "none" ? t("common.unassigned") : nameOf(members.data?.items, filters.assignee)}`,
      onRemove: () => set({ assignee: "" }),
    },
    filters.slaState && {
      key: "slaState",
      label: `${t("inbox.filter.sla")}: ${codeLabel(locale, "sla.state", filters.slaState)}`,
      onRemove: () => set({ slaState: "" }),
    },
    filters.overdue && {
      key: "overdue",
      label: t("inbox.filter.overdue"),
      onRemove: () => set({ overdue: false }),
    },
    (filters.openedFrom || filters.openedTo) && {
      key: "opened",
      label: `${t("inbox.filter.opened")}: ${filters.openedFrom || "…"} – ${filters.openedTo || "…"}`,
      onRemove: () => set({ openedFrom: "", openedTo: "" }),
    },
  ].filter((x): x is { key: string; label: string; onRemove: () => void } => Boolean(x));

  const choice = (
    title: string,
    values: readonly string[],
    prefix: string,
    selected: readonly string[],
    multi: boolean,
    onChange: (v: string[]) => void,
  ) => (
    <ChoiceList
      title={title}
      titleHidden
      allowMultiple={multi}
      choices={values.map((v) => ({ value: v, label: codeLabel(locale, prefix, v) }))}
      selected={[...selected]}
      onChange={onChange}
    />
  );

  const filterDefs = [
    {
      key: "status",
      label: t("inbox.filter.status"),
      shortcut: true,
      filter: choice(t("inbox.filter.status"), ALL_STATUSES, "status", filters.status, true, (v) =>
        set({ status: v }),
      ),
    },
    {
      key: "kind",
      label: t("inbox.filter.kind"),
      shortcut: true,
      filter: choice(t("inbox.filter.kind"), KINDS, "kind", filters.kind, true, (v) => set({ kind: v })),
    },
    {
      key: "category",
      label: t("inbox.filter.category"),
      filter: choice(
        t("inbox.filter.category"),
        CATEGORIES,
        "category",
        filters.category ? [filters.category] : [],
        false,
        (v) => set({ category: v[0] ?? "" }),
      ),
    },
    {
      key: "priority",
      label: t("inbox.filter.priority"),
      filter: choice(
        t("inbox.filter.priority"),
        PRIORITIES,
        "priority",
        filters.priority ? [filters.priority] : [],
        false,
        (v) => set({ priority: v[0] ?? "" }),
      ),
    },
    {
      key: "assignee",
      label: t("inbox.filter.assignee"),
      filter: (
        <BlockStack gap="200">
          <ChoiceList
            title={t("inbox.filter.assignee")}
            titleHidden
            choices={[
              ...(identity.staffId ? [{ value: identity.staffId, label: t("common.me") }] : []),
              { value: "none", label: t("common.unassigned") },
              ...assigneeOptions(locale, members.data?.items ?? []).filter(
                (o) => o.value !== identity.staffId,
              ),
            ]}
            selected={filters.assignee ? [filters.assignee] : []}
            onChange={(v) => set({ assignee: v[0] ?? "" })}
          />
          {members.data ? null : (
            // Without the staff list (an older server, a failure) the filter takes a typed id.
            <TextField
              label={t("inbox.filter.assigneeId")}
              autoComplete="off"
              value={filters.assignee === "none" ? "" : filters.assignee}
              onChange={(v) => set({ assignee: v })}
            />
          )}
        </BlockStack>
      ),
    },
    {
      key: "slaState",
      label: t("inbox.filter.sla"),
      shortcut: true,
      filter: choice(
        t("inbox.filter.sla"),
        SLA_STATES,
        "sla.state",
        filters.slaState ? [filters.slaState] : [],
        false,
        (v) => set({ slaState: v[0] ?? "" }),
      ),
    },
    {
      key: "overdue",
      label: t("inbox.filter.overdue"),
      filter: (
        <Checkbox
          label={t("inbox.filter.overdue")}
          checked={filters.overdue}
          onChange={(v) => set({ overdue: v })}
        />
      ),
    },
    {
      key: "opened",
      label: t("inbox.filter.opened"),
      filter: (
        <InlineStack gap="200">
          <TextField
            label={t("common.from")}
            type="date"
            autoComplete="off"
            value={filters.openedFrom}
            onChange={(v) => set({ openedFrom: v })}
          />
          <TextField
            label={t("common.to")}
            type="date"
            autoComplete="off"
            value={filters.openedTo}
            onChange={(v) => set({ openedTo: v })}
          />
        </InlineStack>
      ),
    },
  ];

  const rowMarkup = rows.map((item: CaseSummary, index) => {
    const badge = slaBadge(locale, item, now);
    return (
      <IndexTable.Row
        id={item.id}
        key={item.id}
        position={index}
        selected={selectedResources.includes(item.id)}
      >
        <IndexTable.Cell>
          <BlockStack gap="050">
            <Link url={`/cases/${encodeURIComponent(item.id)}`} dataPrimaryLink removeUnderline>
              <Text as="span" fontWeight="semibold">
                {item.subject ?? item.id}
              </Text>
            </Link>
            <Text as="span" variant="bodySm" tone="subdued">
              {item.id}
              {item.category ? ` · ${codeLabel(locale, "category", item.category)}` : ""}
            </Text>
          </BlockStack>
        </IndexTable.Cell>
        <IndexTable.Cell>{codeLabel(locale, "kind", item.kind)}</IndexTable.Cell>
        <IndexTable.Cell>
          <StatusBadge status={item.status} />
        </IndexTable.Cell>
        <IndexTable.Cell>
          <PriorityBadge priority={item.priority} />
        </IndexTable.Cell>
        <IndexTable.Cell>
          <BlockStack gap="050">
            <Text as="span">{item.customerEmail ?? "—"}</Text>
            {item.orderNumber ? (
              <Text as="span" variant="bodySm" tone="subdued">
                <OrderLink orderId={item.orderId}>{item.orderNumber}</OrderLink>
              </Text>
            ) : null}
          </BlockStack>
        </IndexTable.Cell>
        <IndexTable.Cell>
          {item.assigneeId ? (
            item.assigneeId === identity.staffId ? (
              `${nameOf(members.data?.items, item.assigneeId)} (${t("common.me")})`
            ) : (
              nameOf(members.data?.items, item.assigneeId)
            )
          ) : (
            <Text as="span" tone="subdued">
              {t("common.unassigned")}
            </Text>
          )}
        </IndexTable.Cell>
        <IndexTable.Cell>
          {badge ? (
            <Badge {...(badge.tone ? { tone: badge.tone } : {})}>{badge.text}</Badge>
          ) : (
            <Text as="span" tone="subdued">
              {t("sla.none")}
            </Text>
          )}
        </IndexTable.Cell>
        <IndexTable.Cell>{formatInstant(locale, timeZone, item.openedAt)}</IndexTable.Cell>
      </IndexTable.Row>
    );
  });

  const tabs = VIEWS.map((v) => ({ id: `view-${v}`, content: t(VIEW_LABEL[v]), panelID: "inbox-panel" }));
  return (
    <Page title={t("inbox.title")} fullWidth>
      <BlockStack gap="400">
        <Notice message={toast} onDismiss={() => setToast(null)} />
        {page.error ? <ProblemBanner error={page.error} onRetry={page.reload} /> : null}
        <Card padding="0">
          <Tabs
            tabs={tabs}
            selected={VIEWS.indexOf(filters.view)}
            onSelect={(i) => set({ view: VIEWS[i] ?? "all" })}
          />
          <div id="inbox-panel" ref={panel}>
            <Filters
              queryValue={filters.q}
              queryPlaceholder={t("inbox.searchLabel")}
              filters={filterDefs}
              appliedFilters={applied}
              onQueryChange={(q) => set({ q })}
              onQueryClear={() => set({ q: "" })}
              onClearAll={() => setFilters((f) => ({ ...defaultFilters, view: f.view, sort: f.sort }))}
            >
              <div style={{ paddingLeft: 8 }}>
                <Select
                  label={t("inbox.sort")}
                  labelInline
                  options={[
                    { label: t("inbox.sort.due"), value: "due" },
                    { label: t("inbox.sort.newest"), value: "newest" },
                  ]}
                  value={filters.sort}
                  onChange={(v) => set({ sort: v === "newest" ? "newest" : "due" })}
                />
              </div>
            </Filters>
            <IndexTable
              resourceName={{ singular: t("inbox.resource"), plural: t("inbox.resources") }}
              itemCount={rows.length}
              selectedItemsCount={allResourcesSelected ? "All" : selectedResources.length}
              onSelectionChange={handleSelectionChange}
              loading={page.loading}
              emptyState={
                <EmptyState heading={t("inbox.empty")} image="">
                  <p>{t("inbox.emptyHint")}</p>
                </EmptyState>
              }
              promotedBulkActions={[
                ...(identity.staffId
                  ? [
                      {
                        content: t("inbox.bulkAssignMe"),
                        onAction: () => void bulkAssign(identity.staffId as string),
                      },
                    ]
                  : []),
                { content: t("inbox.bulkAssign"), onAction: () => setAssignOpen(true) },
              ]}
              headings={[
                { title: t("inbox.col.case") },
                { title: t("inbox.col.kind") },
                { title: t("inbox.col.status") },
                { title: t("inbox.col.priority") },
                { title: t("inbox.col.customer") },
                { title: t("inbox.col.assignee") },
                { title: t("inbox.col.sla") },
                { title: t("inbox.col.opened") },
              ]}
            >
              {rowMarkup}
            </IndexTable>
          </div>
          <div style={{ padding: 12 }}>
            <InlineStack align="space-between" blockAlign="center">
              <Text as="p" tone="subdued">
                {t("inbox.count", { count: rows.length })}
              </Text>
              {nextCursor ? <Button onClick={() => void loadMore()}>{t("inbox.more")}</Button> : null}
            </InlineStack>
          </div>
        </Card>
      </BlockStack>
      <Modal
        open={assignOpen}
        onClose={() => setAssignOpen(false)}
        title={t("inbox.bulkAssignTitle", { count: selectedResources.length })}
        primaryAction={{
          content: t("common.confirm"),
          disabled: assignTo.trim() === "",
          loading: busy,
          onAction: () => void bulkAssign(assignTo.trim()),
        }}
        secondaryActions={[{ content: t("common.cancel"), onAction: () => setAssignOpen(false) }]}
      >
        <Modal.Section>
          <AssigneePicker
            label={t("case.assignTo")}
            members={members}
            value={assignTo}
            onChange={setAssignTo}
            disabled={busy}
          />
        </Modal.Section>
      </Modal>
    </Page>
  );
}
