import "@shopify/polaris-viz/build/esm/styles.css";
import {
  Badge,
  Banner,
  BlockStack,
  Button,
  Card,
  InlineGrid,
  InlineStack,
  Layout,
  List,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { BarChart, LineChart, PolarisVizProvider, SimpleBarChart } from "@shopify/polaris-viz";
import { type ReactNode, useState } from "react";
import { ApiError } from "../api/client.js";
import type { DashboardView } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { useLoad } from "../app/use-load.js";
import { codeLabel, formatInstant, formatNumber, formatPercent, localDate } from "../i18n/index.js";
import { DataCard } from "../ui/data-card.js";
import { MissingEndpoint, ProblemBanner } from "../ui/problem-banner.js";
import { CSV_TABLES, type CsvTable } from "./csv.js";

const DAY = 86_400_000;

/** `date` plus `days` (local dates, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * DAY).toISOString().slice(0, 10);
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Figure({
  label,
  value,
  help,
  testId,
}: {
  label: string;
  value: string;
  help?: ReactNode;
  testId?: string;
}) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h2" variant="headingSm" tone="subdued">
          {label}
        </Text>
        <p data-testid={testId}>
          <Text as="span" variant="heading2xl">
            {value}
          </Text>
        </p>
        {help ? <div>{help}</div> : null}
      </BlockStack>
    </Card>
  );
}

/** The service dashboard for a date range: every figure as the API computed it, charts, tables, CSV. */
export function DashboardPage() {
  const { api, locale, timeZone } = useAdmin();
  const t = useT();
  const today = localDate(timeZone, Date.now());
  const [draft, setDraft] = useState({ from: addDays(today, -29), to: today });
  const [range, setRange] = useState(draft);
  const [table, setTable] = useState<CsvTable>("daily");
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const loaded = useLoad(() => api.dashboard({ ...range, timeZone }), [range.from, range.to, timeZone]);
  const d: DashboardView | undefined = loaded.data;
  const n = (v: number | null) => formatNumber(locale, v);
  const pct = (v: number | null) => formatPercent(locale, v);
  const minutes = (v: number | null) => (v === null ? "—" : `${n(v)} ${t("dash.minutes")}`);

  const exportCsv = async () => {
    setExportError(null);
    const name = `aftersales-${table}-${range.from}-${range.to}.csv`;
    try {
      download(name, await api.dashboardCsv({ ...range, timeZone }, table));
    } catch (error) {
      // The CSV is the server's (core's `dashboardCsv`), so the file has the API's exact figures.
      setExportError(error instanceof ApiError ? error : new ApiError(0, { title: String(error) }));
    }
  };

  const header = (
    <Card>
      <InlineStack gap="300" blockAlign="end" wrap>
        <TextField
          label={t("common.from")}
          type="date"
          autoComplete="off"
          value={draft.from}
          onChange={(from) => setDraft((r) => ({ ...r, from }))}
        />
        <TextField
          label={t("common.to")}
          type="date"
          autoComplete="off"
          value={draft.to}
          onChange={(to) => setDraft((r) => ({ ...r, to }))}
        />
        <Button onClick={() => setRange(draft)}>{t("dash.apply")}</Button>
        <div style={{ flex: 1 }} />
        <Select
          label={t("dash.exportTable")}
          options={CSV_TABLES.map((name) => ({ value: name, label: name }))}
          value={table}
          onChange={(v) => setTable(v as CsvTable)}
        />
        <Button onClick={() => void exportCsv()} disabled={!d}>
          {t("dash.export")}
        </Button>
      </InlineStack>
    </Card>
  );

  if (!d) {
    return (
      <Page title={t("dash.title")} fullWidth>
        <BlockStack gap="400">
          {header}
          {loaded.error?.missingEndpoint ? (
            <MissingEndpoint endpoint="GET /v1/staff/analytics/dashboard" />
          ) : loaded.error ? (
            <ProblemBanner error={loaded.error} onRetry={loaded.reload} />
          ) : (
            <Card>
              <Text as="p">{t("common.loading")}</Text>
            </Card>
          )}
        </BlockStack>
      </Page>
    );
  }

  const daily = d.daily;
  const slaRows = d.sla?.byTarget ?? [];
  return (
    <PolarisVizProvider>
      <Page
        title={t("dash.title")}
        subtitle={t("dash.asOf", { at: formatInstant(locale, timeZone, d.asOf), zone: d.range.timeZone })}
        fullWidth
      >
        <BlockStack gap="400">
          {header}
          {exportError ? <ProblemBanner error={exportError} /> : null}
          {d.spikes.length > 0 ? (
            <Banner tone="warning" title={t("dash.spikes")}>
              <List>
                {d.spikes.map((s) => (
                  <List.Item key={`${s.dimension}-${s.key}`}>
                    {t("dash.spike", {
                      label: s.dimension === "category" ? codeLabel(locale, "category", s.label) : s.label,
                      count: s.count,
                      date: s.date,
                      baseline: n(s.baselineMean),
                    })}
                  </List.Item>
                ))}
              </List>
            </Banner>
          ) : null}
          <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
            <Figure label={t("dash.opened")} value={n(d.opened)} testId="figure-opened" />
            <Figure label={t("dash.backlog")} value={n(d.backlog.total)} testId="figure-backlog" />
            <Figure
              label={t("dash.firstResponse")}
              value={minutes(d.responseTimes.firstResponse.medianMinutes)}
              help={
                <Text as="p" tone="subdued" variant="bodySm">
                  {t("dash.p90")}: {n(d.responseTimes.firstResponse.p90Minutes)} · n ={" "}
                  {d.responseTimes.firstResponse.count}
                </Text>
              }
              testId="figure-first-response"
            />
            <Figure
              label={t("dash.resolution")}
              value={minutes(d.responseTimes.resolution.medianMinutes)}
              help={
                <Text as="p" tone="subdued" variant="bodySm">
                  {t("dash.p90")}: {n(d.responseTimes.resolution.p90Minutes)} · n ={" "}
                  {d.responseTimes.resolution.count}
                </Text>
              }
              testId="figure-resolution"
            />
          </InlineGrid>
          <Layout>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.responseOverTime")}
                table={{
                  headings: [t("dash.col.date"), t("dash.series.firstResponse"), t("dash.series.resolution")],
                  rows: daily.map((p) => [
                    p.date,
                    n(p.firstResponseMedianMinutes),
                    n(p.resolutionMedianMinutes),
                  ]),
                }}
                chart={
                  <LineChart
                    data={[
                      {
                        name: t("dash.series.firstResponse"),
                        data: daily.map((p) => ({ key: p.date, value: p.firstResponseMedianMinutes })),
                      },
                      {
                        name: t("dash.series.resolution"),
                        data: daily.map((p) => ({ key: p.date, value: p.resolutionMedianMinutes })),
                      },
                    ]}
                    isAnimated={false}
                  />
                }
              />
            </Layout.Section>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.volume")}
                table={{
                  headings: [t("dash.col.date"), t("dash.series.opened"), t("dash.series.resolved")],
                  rows: daily.map((p) => [p.date, p.opened, p.resolved]),
                }}
                chart={
                  <BarChart
                    data={[
                      {
                        name: t("dash.series.opened"),
                        data: daily.map((p) => ({ key: p.date, value: p.opened })),
                      },
                      {
                        name: t("dash.series.resolved"),
                        data: daily.map((p) => ({ key: p.date, value: p.resolved })),
                      },
                    ]}
                    isAnimated={false}
                  />
                }
              />
            </Layout.Section>
          </Layout>
          <DataCard
            title={t("dash.slaAttainment")}
            empty={t("dash.noData")}
            table={{
              types: ["text", "numeric", "numeric", "numeric", "numeric", "numeric", "text"],
              headings: [
                t("dash.col.target"),
                t("dash.col.goal"),
                t("dash.col.attainment"),
                t("dash.col.met"),
                t("dash.col.breached"),
                t("dash.col.total"),
                "",
              ],
              rows: slaRows.map((r) => [
                codeLabel(locale, "sla.target", r.target),
                pct(r.goalPercent),
                pct(r.attainmentPercent),
                r.met,
                r.breached,
                r.total,
                r.meetsGoal === null ? (
                  "—"
                ) : (
                  <Badge key="goal" tone={r.meetsGoal ? "success" : "critical"}>
                    {r.meetsGoal ? t("dash.meetsGoal") : t("dash.missesGoal")}
                  </Badge>
                ),
              ]),
            }}
          />
          <Layout>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.backlogByStatus")}
                table={{
                  headings: [t("inbox.col.status"), t("dash.col.count")],
                  rows: d.backlog.byStatus.map((r) => [codeLabel(locale, "status", r.status), r.count]),
                }}
                chart={
                  <SimpleBarChart
                    data={[
                      {
                        name: t("dash.backlog"),
                        data: d.backlog.byStatus.map((r) => ({
                          key: codeLabel(locale, "status", r.status),
                          value: r.count,
                        })),
                      },
                    ]}
                    isAnimated={false}
                  />
                }
              />
            </Layout.Section>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.backlogByAge")}
                table={{
                  headings: [t("dash.col.age"), t("dash.col.count")],
                  rows: d.backlog.byAge.map((b) => [b.label, b.count]),
                }}
                chart={
                  <BarChart
                    data={[
                      {
                        name: t("dash.backlog"),
                        data: d.backlog.byAge.map((b) => ({ key: b.label, value: b.count })),
                      },
                    ]}
                    isAnimated={false}
                  />
                }
              />
            </Layout.Section>
          </Layout>
          <Layout>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.complaintsByCategory")}
                table={{
                  headings: [t("inbox.filter.category"), t("dash.col.count"), t("dash.col.percent")],
                  rows: d.complaints.byCategory.map((r) => [
                    codeLabel(locale, "category", r.category),
                    r.complaints,
                    pct(r.percent),
                  ]),
                }}
                chart={
                  <SimpleBarChart
                    data={[
                      {
                        name: t("dash.col.count"),
                        data: d.complaints.byCategory.map((r) => ({
                          key: codeLabel(locale, "category", r.category),
                          value: r.complaints,
                        })),
                      },
                    ]}
                    isAnimated={false}
                  />
                }
              />
            </Layout.Section>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.returnsByReason")}
                table={{
                  headings: [
                    t("field.reason"),
                    t("dash.col.units"),
                    t("dash.col.cases"),
                    t("dash.col.percent"),
                  ],
                  rows: d.returns.byReason.map((r) => [
                    codeLabel(locale, "reason", r.reason),
                    r.units,
                    r.cases,
                    pct(r.percent),
                  ]),
                }}
                chart={
                  <SimpleBarChart
                    data={[
                      {
                        name: t("dash.col.units"),
                        data: d.returns.byReason.map((r) => ({
                          key: codeLabel(locale, "reason", r.reason),
                          value: r.units,
                        })),
                      },
                    ]}
                    isAnimated={false}
                  />
                }
              />
            </Layout.Section>
          </Layout>
          <Layout>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.complaintsByProduct")}
                table={{
                  headings: [t("dash.col.product"), t("dash.col.count"), t("dash.col.percent")],
                  rows: d.complaints.byProduct.map((r) => [
                    r.title ?? r.sku ?? r.productId ?? "—",
                    r.complaints,
                    pct(r.percent),
                  ]),
                }}
              />
            </Layout.Section>
            <Layout.Section variant="oneHalf">
              <DataCard
                title={t("dash.returnsByProduct")}
                table={{
                  headings: [
                    t("dash.col.product"),
                    t("dash.col.cases"),
                    t("dash.col.units"),
                    t("dash.col.returnRate"),
                  ],
                  rows: d.returns.byProduct.map((r) => [
                    r.title ?? r.sku ?? r.productId ?? "—",
                    r.cases,
                    r.units,
                    pct(r.returnRatePercent),
                  ]),
                }}
              />
            </Layout.Section>
          </Layout>
          <InlineGrid columns={{ xs: 1, md: 3 }} gap="400">
            <Figure
              label={t("dash.csat")}
              value={pct(d.csat.satisfiedPercent)}
              testId="figure-csat"
              help={
                <Text as="p" tone="subdued" variant="bodySm">
                  {t("dash.csatValue", {
                    percent: pct(d.csat.satisfiedPercent),
                    ratings: d.csat.ratings,
                    goal: pct(d.csat.goalPercent),
                  })}
                </Text>
              }
            />
          </InlineGrid>
          <DataCard
            title={t("dash.agents")}
            table={{
              headings: [
                t("dash.col.agent"),
                t("dash.col.handled"),
                t("dash.col.responses"),
                t("dash.col.frMedian"),
                t("dash.col.resMedian"),
                t("dash.col.csat"),
              ],
              rows: d.agents.map((a) => [
                a.agentId,
                a.handled,
                a.responses,
                n(a.firstResponseMedianMinutes),
                n(a.resolutionMedianMinutes),
                pct(a.csatSatisfiedPercent),
              ]),
            }}
          />
        </BlockStack>
      </Page>
    </PolarisVizProvider>
  );
}
