import {
  Banner,
  BlockStack,
  Button,
  Card,
  FormLayout,
  InlineStack,
  Layout,
  List,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { useEffect, useState } from "react";
import { ApiError } from "../api/client.js";
import type { FieldError, SettingsDoc, SlaPreview } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { useLoad } from "../app/use-load.js";
import { codeLabel, formatInstant } from "../i18n/index.js";
import { errorsAt, parseJsonObject } from "../policies/draft.js";
import { CATEGORIES, CHANNELS, KINDS, PRIORITIES } from "../ui/codes.js";
import { DataCard } from "../ui/data-card.js";
import { Notice } from "../ui/notice.js";
import { ProblemBanner } from "../ui/problem-banner.js";
import { errorProp } from "../ui/props.js";
import {
  type CalendarDraft,
  fromCalendarBody,
  officeHoursBody,
  toCalendarBody,
  WEEKDAYS,
  type Weekday,
} from "./calendar-draft.js";
import { type PreviewErrors, type PreviewForm, previewRequest, splitPreviewErrors } from "./preview.js";

const NO_PREVIEW_ERRORS: PreviewErrors = { policy: [], calendar: [], form: {}, other: [] };

const ZONES = [
  "UTC",
  "Europe/Berlin",
  "Europe/London",
  "Europe/Paris",
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "Asia/Tokyo",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Australia/Sydney",
];

/** SLA policy and business calendar editors with a "created at X, due at Y" preview. */
export function SlaPage() {
  const { api, locale, timeZone } = useAdmin();
  const t = useT();
  const calendars = useLoad(() => api.calendars(), []);
  const policies = useLoad(() => api.slaPolicies(), []);
  const [doc, setDoc] = useState<SettingsDoc | null>(null);
  const [draft, setDraft] = useState<CalendarDraft>(() => fromCalendarBody({}, timeZone));
  const [calErrors, setCalErrors] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [policyText, setPolicyText] = useState("");
  const [savedPolicyText, setSavedPolicyText] = useState("");
  const [policyDoc, setPolicyDoc] = useState<SettingsDoc | null>(null);
  const [policyError, setPolicyError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PreviewForm>({
    at: "",
    kind: "complaint",
    priority: "normal",
    channel: "web",
    category: "",
  });
  const [previewResult, setPreviewResult] = useState<{ preview: SlaPreview; policyEdited: boolean } | null>(
    null,
  );
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [previewErrors, setPreviewErrors] = useState<PreviewErrors>(NO_PREVIEW_ERRORS);
  const [previewBusy, setPreviewBusy] = useState(false);
  // Save errors and preview errors of the calendar both show at the calendar's own fields.
  const calFieldErrors = [...calErrors, ...previewErrors.calendar];

  useEffect(() => {
    const found = calendars.data?.items.find((c) => c.id === "default") ?? calendars.data?.items[0] ?? null;
    setDoc(found);
    setDraft(fromCalendarBody(found?.body ?? officeHoursBody(timeZone), timeZone));
  }, [calendars.data, timeZone]);
  useEffect(() => {
    const found = policies.data?.items.find((p) => p.id === "default") ?? null;
    setPolicyDoc(found);
    const text = found ? JSON.stringify(found.body, null, 2) : "";
    setPolicyText(text);
    setSavedPolicyText(text);
  }, [policies.data]);

  const setDay = (day: Weekday, list: readonly { start: string; end: string }[]) =>
    setDraft((d) => ({ ...d, weekly: { ...d.weekly, [day]: list } }));

  const saveCalendar = async () => {
    setBusy(true);
    setFailure(null);
    setCalErrors([]);
    try {
      const saved = await api.putCalendar(doc?.id ?? "default", toCalendarBody(draft), doc?.version);
      setToast(t("slaPage.saved", { version: saved.version }));
      calendars.reload();
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, { title: String(error) });
      setCalErrors(e.errors);
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const savePolicy = async () => {
    const parsed = parseJsonObject(policyText);
    if (!parsed.ok) {
      setPolicyError(t("policy.jsonInvalid", { message: parsed.message }));
      return;
    }
    setBusy(true);
    setPolicyError(null);
    try {
      const saved = await api.putSlaPolicy(policyDoc?.id ?? "default", parsed.value, policyDoc?.version);
      setToast(t("slaPage.saved", { version: saved.version }));
      policies.reload();
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, { title: String(error) });
      setPolicyError([e.title, ...e.errors.map((x) => `${x.path}: ${x.message}`)].join(" · "));
    } finally {
      setBusy(false);
    }
  };

  const runPreview = async () => {
    setPreviewError(null);
    setPreviewErrors(NO_PREVIEW_ERRORS);
    const calendarId = doc?.id ?? "default";
    const built = previewRequest(preview, timeZone, {
      calendarId,
      calendar: toCalendarBody(draft),
      policyText,
      savedPolicyText,
    });
    if (!built.ok) {
      setPreviewResult(null);
      setPolicyError(t("slaPage.previewPolicyInvalid", { message: built.policyMessage }));
      return;
    }
    setPreviewBusy(true);
    try {
      const result = await api.slaPreview(built.request);
      setPreviewResult({ preview: result, policyEdited: built.policyEdited });
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, { title: String(error) });
      setPreviewResult(null);
      if (e.status === 400 && e.errors.length > 0) {
        const split = splitPreviewErrors(e.errors, calendarId);
        setPreviewErrors(split);
        if (split.policy.length > 0) {
          setPolicyError(split.policy.map((x) => `${x.path || "(policy)"}: ${x.message}`).join(" · "));
        }
      } else setPreviewError(e);
    } finally {
      setPreviewBusy(false);
    }
  };

  const previewRows = previewResult
    ? Object.entries(previewResult.preview.targets).map(([target, r]) => [
        <BlockStack gap="050" key="target">
          <Text as="span" variant="bodySm">
            {codeLabel(locale, "sla.target", target)}
          </Text>
          {r.startsOn && r.startsOn !== "case_opened" ? (
            <Text as="span" variant="bodySm" tone="subdued">
              {codeLabel(locale, "slaPage.startsOn", r.startsOn)}
            </Text>
          ) : null}
        </BlockStack>,
        r.dueAt ? formatInstant(locale, timeZone, r.dueAt) : t("slaPage.noTarget"),
        r.ruleId ?? "—",
        r.clock === undefined ? "—" : r.clock === "24/7" ? t("slaPage.clock24") : r.clock,
      ])
    : [];
  const hasPreviewErrors =
    previewErrors.policy.length +
      previewErrors.calendar.length +
      previewErrors.other.length +
      Object.keys(previewErrors.form).length >
    0;

  const zoneOptions = ZONES.includes(draft.timeZone) ? ZONES : [draft.timeZone, ...ZONES];
  return (
    <Page title={t("slaPage.title")} fullWidth>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Notice message={toast} onDismiss={() => setToast(null)} />
            {calendars.error ? <ProblemBanner error={calendars.error} onRetry={calendars.reload} /> : null}
            {failure && calErrors.length === 0 ? <ProblemBanner error={failure} /> : null}
            {calErrors.length > 0 ? (
              <Banner tone="critical" title={failure?.title ?? t("common.error")}>
                <List>
                  {calErrors.map((e) => (
                    <List.Item key={`${e.path}-${e.code}`}>
                      <code>{e.path}</code>: {e.message}
                    </List.Item>
                  ))}
                </List>
              </Banner>
            ) : null}
            <Card>
              <BlockStack gap="400">
                <Text as="h2" variant="headingMd">
                  {t("slaPage.calendar")}
                  {doc ? ` · ${doc.id} v${doc.version}` : ""}
                </Text>
                {calendars.data && !doc ? <Banner tone="info" title={t("slaPage.calendarDefault")} /> : null}
                <Select
                  label={t("slaPage.timeZone")}
                  options={zoneOptions}
                  value={draft.timeZone}
                  onChange={(tz) => setDraft((d) => ({ ...d, timeZone: tz }))}
                  {...errorProp(errorsAt(calFieldErrors, "timeZone"))}
                />
                <Text as="h3" variant="headingSm">
                  {t("slaPage.weekly")}
                </Text>
                {WEEKDAYS.map((day) => {
                  const dayName = t(`day.${day}`);
                  const list = draft.weekly[day];
                  const dayError = errorsAt(calFieldErrors, `weekly.${day}`);
                  return (
                    <BlockStack gap="100" key={day}>
                      <InlineStack gap="300" blockAlign="end">
                        <div style={{ width: 110 }}>
                          <Text as="span" fontWeight="semibold">
                            {dayName}
                          </Text>
                        </div>
                        {list.length === 0 ? (
                          <Text as="span" tone="subdued">
                            {t("slaPage.closed")}
                          </Text>
                        ) : null}
                        {list.map((interval, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity
                          <InlineStack gap="100" blockAlign="end" key={i}>
                            <TextField
                              label={`${t("slaPage.intervalStart", { day: dayName })} ${i + 1}`}
                              labelHidden
                              type="time"
                              autoComplete="off"
                              value={interval.start}
                              onChange={(start) =>
                                setDay(
                                  day,
                                  list.map((x, j) => (j === i ? { ...x, start } : x)),
                                )
                              }
                            />
                            <Text as="span">–</Text>
                            <TextField
                              label={`${t("slaPage.intervalEnd", { day: dayName })} ${i + 1}`}
                              labelHidden
                              type="time"
                              autoComplete="off"
                              value={interval.end === "24:00" ? "23:59" : interval.end}
                              onChange={(end) =>
                                setDay(
                                  day,
                                  list.map((x, j) => (j === i ? { ...x, end } : x)),
                                )
                              }
                            />
                            <Button
                              variant="plain"
                              tone="critical"
                              accessibilityLabel={`${t("common.remove")} ${dayName} ${i + 1}`}
                              onClick={() =>
                                setDay(
                                  day,
                                  list.filter((_, j) => j !== i),
                                )
                              }
                            >
                              ×
                            </Button>
                          </InlineStack>
                        ))}
                        <Button
                          variant="plain"
                          accessibilityLabel={`${t("slaPage.addInterval")} (${dayName})`}
                          onClick={() =>
                            setDay(day, [
                              ...list,
                              list.length === 0
                                ? { start: "09:00", end: "12:00" }
                                : { start: "13:00", end: "18:00" },
                            ])
                          }
                        >
                          {t("slaPage.addInterval")}
                        </Button>
                      </InlineStack>
                      {dayError ? (
                        <Text as="p" tone="critical">
                          {dayError}
                        </Text>
                      ) : null}
                    </BlockStack>
                  );
                })}
                <Text as="h3" variant="headingSm">
                  {t("slaPage.holidays")}
                </Text>
                {draft.holidays.map((h, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity
                  <FormLayout.Group condensed key={i}>
                    <TextField
                      label={`${t("slaPage.holidayDate")} ${i + 1}`}
                      type="date"
                      autoComplete="off"
                      value={h.from}
                      onChange={(from) =>
                        setDraft((d) => ({
                          ...d,
                          holidays: d.holidays.map((x, j) => (j === i ? { ...x, from } : x)),
                        }))
                      }
                      {...errorProp(errorsAt(calFieldErrors, `holidays.${i}`))}
                    />
                    <TextField
                      label={`${t("slaPage.holidayTo")} ${i + 1}`}
                      type="date"
                      autoComplete="off"
                      value={h.to}
                      onChange={(to) =>
                        setDraft((d) => ({
                          ...d,
                          holidays: d.holidays.map((x, j) => (j === i ? { ...x, to } : x)),
                        }))
                      }
                    />
                    <TextField
                      label={`${t("slaPage.holidayName")} ${i + 1}`}
                      autoComplete="off"
                      value={h.name}
                      onChange={(name) =>
                        setDraft((d) => ({
                          ...d,
                          holidays: d.holidays.map((x, j) => (j === i ? { ...x, name } : x)),
                        }))
                      }
                    />
                  </FormLayout.Group>
                ))}
                <InlineStack>
                  <Button
                    onClick={() =>
                      setDraft((d) => ({ ...d, holidays: [...d.holidays, { from: "", to: "", name: "" }] }))
                    }
                  >
                    {t("slaPage.addHoliday")}
                  </Button>
                </InlineStack>
                <Text as="h3" variant="headingSm">
                  {t("slaPage.extraDays")}
                </Text>
                {draft.extraWorkingDays.map((x, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity
                  <FormLayout.Group condensed key={i}>
                    <TextField
                      label={`${t("slaPage.holidayDate")} ${i + 1}`}
                      type="date"
                      autoComplete="off"
                      value={x.date}
                      onChange={(date) =>
                        setDraft((d) => ({
                          ...d,
                          extraWorkingDays: d.extraWorkingDays.map((y, j) => (j === i ? { ...y, date } : y)),
                        }))
                      }
                      {...errorProp(errorsAt(calFieldErrors, `extraWorkingDays.${i}`))}
                    />
                    <Select
                      label={`${t("slaPage.extraHours")} ${i + 1}`}
                      options={WEEKDAYS.map((d) => ({ value: d, label: t(`day.${d}`) }))}
                      value={x.hoursAs}
                      onChange={(v) =>
                        setDraft((d) => ({
                          ...d,
                          extraWorkingDays: d.extraWorkingDays.map((y, j) =>
                            j === i ? { ...y, hoursAs: v as Weekday } : y,
                          ),
                        }))
                      }
                    />
                    <TextField
                      label={`${t("slaPage.holidayName")} ${i + 1}`}
                      autoComplete="off"
                      value={x.name}
                      onChange={(name) =>
                        setDraft((d) => ({
                          ...d,
                          extraWorkingDays: d.extraWorkingDays.map((y, j) => (j === i ? { ...y, name } : y)),
                        }))
                      }
                    />
                  </FormLayout.Group>
                ))}
                <InlineStack align="space-between">
                  <Button
                    onClick={() =>
                      setDraft((d) => ({
                        ...d,
                        extraWorkingDays: [...d.extraWorkingDays, { date: "", hoursAs: "mon", name: "" }],
                      }))
                    }
                  >
                    {t("slaPage.addExtraDay")}
                  </Button>
                  <Button variant="primary" loading={busy} onClick={() => void saveCalendar()}>
                    {t("slaPage.saveCalendar")}
                  </Button>
                </InlineStack>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t("slaPage.policy")}
                </Text>
                {policies.data && !policyDoc ? (
                  <Banner tone="info" title={t("slaPage.policyDefault")} />
                ) : null}
                <TextField
                  label={t("slaPage.policy")}
                  labelHidden
                  autoComplete="off"
                  multiline={12}
                  monospaced
                  value={policyText}
                  onChange={(v) => {
                    setPolicyText(v);
                    setPolicyError(null);
                    setPreviewErrors((e) => ({ ...e, policy: [] }));
                  }}
                  {...(policyError ? { error: policyError } : {})}
                />
                <InlineStack align="end">
                  <Button
                    loading={busy}
                    onClick={() => void savePolicy()}
                    disabled={policyText.trim() === ""}
                  >
                    {t("slaPage.savePolicy")}
                  </Button>
                </InlineStack>
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t("slaPage.preview")}
                </Text>
                <Text as="p" tone="subdued">
                  {t("slaPage.previewDraftNote")}
                </Text>
                <TextField
                  label={`${t("slaPage.previewAt")} (${timeZone})`}
                  type="datetime-local"
                  autoComplete="off"
                  value={preview.at}
                  onChange={(at) => setPreview((p) => ({ ...p, at }))}
                  {...errorProp(previewErrors.form.at)}
                />
                <Select
                  label={t("slaPage.previewKind")}
                  options={KINDS.map((k) => ({ value: k, label: codeLabel(locale, "kind", k) }))}
                  value={preview.kind}
                  onChange={(kind) => setPreview((p) => ({ ...p, kind }))}
                  {...errorProp(previewErrors.form.kind)}
                />
                {preview.kind === "complaint" ? (
                  <Select
                    label={t("slaPage.previewCategory")}
                    options={[
                      { value: "", label: "—" },
                      ...CATEGORIES.map((c) => ({ value: c, label: codeLabel(locale, "category", c) })),
                    ]}
                    value={preview.category}
                    onChange={(category) => setPreview((p) => ({ ...p, category }))}
                    {...errorProp(previewErrors.form.category)}
                  />
                ) : null}
                <Select
                  label={t("slaPage.previewPriority")}
                  options={PRIORITIES.map((k) => ({ value: k, label: codeLabel(locale, "priority", k) }))}
                  value={preview.priority}
                  onChange={(priority) => setPreview((p) => ({ ...p, priority }))}
                  {...errorProp(previewErrors.form.priority)}
                />
                <Select
                  label={t("slaPage.previewChannel")}
                  options={CHANNELS.map((k) => ({ value: k, label: codeLabel(locale, "channel", k) }))}
                  value={preview.channel}
                  onChange={(channel) => setPreview((p) => ({ ...p, channel }))}
                  {...errorProp(previewErrors.form.channel)}
                />
                <Button onClick={() => void runPreview()} loading={previewBusy} disabled={preview.at === ""}>
                  {t("slaPage.previewRun")}
                </Button>
                {previewError ? <ProblemBanner error={previewError} /> : null}
                {hasPreviewErrors ? (
                  <Banner tone="critical" title={t("slaPage.previewInvalid")}>
                    {previewErrors.other.length + previewErrors.calendar.length > 0 ? (
                      <List>
                        {/* Calendar errors stand at their fields too; listed here so none goes unseen. */}
                        {previewErrors.calendar.map((e) => (
                          <List.Item key={`cal-${e.path}-${e.code}`}>
                            {t("slaPage.calendar")}
                            {e.path ? (
                              <>
                                {" "}
                                <code>{e.path}</code>
                              </>
                            ) : null}
                            : {e.message}
                          </List.Item>
                        ))}
                        {previewErrors.other.map((e) => (
                          <List.Item key={`${e.path}-${e.code}`}>
                            <code>{e.path}</code>: {e.message}
                          </List.Item>
                        ))}
                      </List>
                    ) : null}
                  </Banner>
                ) : null}
              </BlockStack>
            </Card>
            {previewResult ? (
              <DataCard
                title={t("slaPage.previewResult")}
                testId="sla-preview"
                compact
                table={{
                  types: ["text", "text", "text", "text"],
                  headings: [
                    t("slaPage.col.target"),
                    t("slaPage.col.dueAt"),
                    t("slaPage.col.rule"),
                    t("slaPage.col.clock"),
                  ],
                  rows: previewRows,
                }}
              />
            ) : null}
            {previewResult?.preview.policy ? (
              <Text as="p" tone="subdued" variant="bodySm">
                {t("slaPage.previewUnder", {
                  id: previewResult.preview.policy.id,
                  version: previewResult.preview.policy.version,
                  draft: previewResult.policyEdited ? t("slaPage.previewUnsaved") : "",
                })}{" "}
                {t("slaPage.previewZone", { zone: timeZone })}
              </Text>
            ) : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
