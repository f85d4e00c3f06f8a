import {
  Banner,
  BlockStack,
  Button,
  Card,
  Checkbox,
  ChoiceList,
  FormLayout,
  InlineStack,
  Layout,
  List,
  Page,
  Select,
  Tabs,
  Text,
  TextField,
} from "@shopify/polaris";
import { useEffect, useState } from "react";
import { ApiError } from "../api/client.js";
import type { FieldError, PolicyVersion } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { useLoad } from "../app/use-load.js";
import { formatInstant } from "../i18n/index.js";
import { Notice } from "../ui/notice.js";
import { ProblemBanner } from "../ui/problem-banner.js";
import { errorProp } from "../ui/props.js";
import { errorsAt, getPath, parseJsonObject, setPath } from "./draft.js";
import { Simulator } from "./simulator.js";

type Json = Record<string, unknown>;

const EXCLUSIONS = [
  ["finalSale", "policy.excl.finalSale"],
  ["giftCard", "policy.excl.giftCard"],
  ["customized", "policy.excl.customized"],
  ["digital", "policy.excl.digital"],
  ["hygiene", "policy.excl.hygiene"],
  ["periodical", "policy.excl.periodical"],
] as const;
const RESOLUTIONS = [
  ["refund", "option.refund"],
  ["storeCredit", "option.store_credit"],
  ["exchange", "option.exchange"],
  ["repair", "option.repair"],
  ["reship", "option.reship"],
  ["keepItem", "option.keep_item"],
] as const;

/** Return policy editor: a form for the common rules, JSON for all, inline errors, publish, simulator. */
export function PolicyPage() {
  const { api, locale, timeZone } = useAdmin();
  const t = useT();
  const current = useLoad<PolicyVersion | null>(
    () =>
      api
        .currentPolicy()
        .catch((e: unknown) =>
          e instanceof ApiError && e.status === 404 && !e.missingEndpoint ? null : Promise.reject(e),
        ),
    [],
  );
  const history = useLoad(() => api.policyHistory(), []);
  const [draft, setDraft] = useState<Json>({});
  const [tab, setTab] = useState(0);
  const [jsonText, setJsonText] = useState("{}");
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<string | null>(null);

  useEffect(() => {
    if (current.data === undefined) return;
    const body = (current.data?.body ?? {}) as Json;
    setDraft(body);
    setJsonText(JSON.stringify(body, null, 2));
  }, [current.data]);

  const update = (path: string, value: unknown) => {
    const next = setPath(draft, path, value);
    setDraft(next);
    setJsonText(JSON.stringify(next, null, 2));
  };
  const num = (path: string, fallback: number) => {
    const v = getPath(draft, path);
    return typeof v === "number" ? String(v) : String(fallback);
  };
  const bool = (path: string, fallback: boolean) => {
    const v = getPath(draft, path);
    return typeof v === "boolean" ? v : fallback;
  };
  const numberField = (path: string, label: string, fallback: number) => {
    const error = errorsAt(errors, path);
    return (
      <TextField
        label={label}
        type="number"
        autoComplete="off"
        value={num(path, fallback)}
        onChange={(v) => update(path, v === "" ? undefined : Number(v))}
        {...(error ? { error } : {})}
      />
    );
  };

  const switchTab = (index: number) => {
    if (tab === 1 && index === 0) {
      const parsed = parseJsonObject(jsonText);
      if (!parsed.ok) {
        setJsonError(t("policy.jsonInvalid", { message: parsed.message }));
        return;
      }
      setDraft(parsed.value);
    }
    setJsonError(null);
    setTab(index);
  };

  const publish = async () => {
    let body = draft;
    if (tab === 1) {
      const parsed = parseJsonObject(jsonText);
      if (!parsed.ok) {
        setJsonError(t("policy.jsonInvalid", { message: parsed.message }));
        return;
      }
      body = parsed.value;
      setDraft(body);
    }
    setBusy(true);
    setFailure(null);
    setErrors([]);
    try {
      const published = await api.publishPolicy(body);
      setToast(t("policy.publishedOk", { version: published.version }));
      current.reload();
      history.reload();
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, { title: String(error) });
      setErrors(e.errors);
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const exclusionSelected = EXCLUSIONS.filter(([k]) => bool(`exclusions.${k}`, true)).map(([k]) => k);
  const resolutionSelected = RESOLUTIONS.filter(([k]) =>
    bool(`resolutions.${k}.enabled`, k === "refund" || k === "storeCredit" || k === "exchange"),
  ).map(([k]) => k);

  return (
    <Page title={t("policy.title")} fullWidth>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Notice message={toast} onDismiss={() => setToast(null)} />
            {current.error ? <ProblemBanner error={current.error} onRetry={current.reload} /> : null}
            {current.data === null ? <Banner tone="info" title={t("policy.none")} /> : null}
            {current.data ? (
              <Text as="p" tone="subdued">
                {t("policy.published", {
                  version: current.data.version,
                  at: formatInstant(locale, timeZone, current.data.publishedAt),
                  by: current.data.publishedBy ?? "—",
                })}
              </Text>
            ) : null}
            {failure ? (
              errors.length > 0 ? (
                <Banner tone="critical" title={t("policy.invalid")}>
                  <List>
                    {errors.map((e) => (
                      <List.Item key={`${e.path}-${e.code}`}>
                        <code>{e.path || "(policy)"}</code>: {e.message}
                      </List.Item>
                    ))}
                  </List>
                </Banner>
              ) : (
                <ProblemBanner error={failure} />
              )
            ) : null}
            <Card padding="0">
              <Tabs
                tabs={[
                  { id: "policy-form", content: t("policy.form"), panelID: "policy-panel" },
                  { id: "policy-json", content: t("policy.json"), panelID: "policy-panel" },
                ]}
                selected={tab}
                onSelect={switchTab}
              />
              <div id="policy-panel" style={{ padding: 16 }}>
                {tab === 0 ? (
                  <FormLayout>
                    <TextField
                      label={t("policy.label")}
                      autoComplete="off"
                      value={typeof draft.label === "string" ? draft.label : ""}
                      onChange={(v) => update("label", v === "" ? undefined : v)}
                      {...errorProp(errorsAt(errors, "label"))}
                    />
                    <FormLayout.Group>
                      {numberField("window.days", t("policy.windowDays"), 30)}
                      <Select
                        label={t("policy.windowBasis")}
                        options={[
                          { value: "delivery", label: t("policy.basis.delivery") },
                          { value: "fulfilment", label: t("policy.basis.fulfilment") },
                          { value: "order", label: t("policy.basis.order") },
                        ]}
                        value={String(getPath(draft, "window.basis") ?? "delivery")}
                        onChange={(v) => update("window.basis", v)}
                      />
                      {numberField("window.transitAllowanceDays", t("policy.transitDays"), 5)}
                    </FormLayout.Group>
                    <FormLayout.Group>
                      {numberField("fees.restockingPercent", t("policy.restocking"), 0)}
                      {numberField("resolutions.storeCredit.bonusPercent", t("policy.storeCreditBonus"), 0)}
                    </FormLayout.Group>
                    <ChoiceList
                      title={t("policy.exclusions")}
                      allowMultiple
                      choices={EXCLUSIONS.map(([k, label]) => ({ value: k, label: t(label) }))}
                      selected={exclusionSelected}
                      onChange={(selected) => {
                        let next = draft;
                        for (const [k] of EXCLUSIONS)
                          next = setPath(next, `exclusions.${k}`, selected.includes(k));
                        setDraft(next);
                        setJsonText(JSON.stringify(next, null, 2));
                      }}
                      {...errorProp(errorsAt(errors, "exclusions"))}
                    />
                    <ChoiceList
                      title={t("policy.resolutions")}
                      allowMultiple
                      choices={RESOLUTIONS.map(([k, label]) => ({ value: k, label: t(label) }))}
                      selected={resolutionSelected}
                      onChange={(selected) => {
                        let next = draft;
                        for (const [k] of RESOLUTIONS)
                          next = setPath(next, `resolutions.${k}.enabled`, selected.includes(k));
                        setDraft(next);
                        setJsonText(JSON.stringify(next, null, 2));
                      }}
                      {...errorProp(errorsAt(errors, "resolutions"))}
                    />
                    <Checkbox
                      label={t("policy.autoApprove")}
                      checked={bool("autoApprove.enabled", true)}
                      onChange={(v) => update("autoApprove.enabled", v)}
                    />
                    <Checkbox
                      label={t("policy.legalFloors")}
                      checked={bool("legalFloors.enabled", true)}
                      onChange={(v) => update("legalFloors.enabled", v)}
                    />
                    <Checkbox
                      label={t("policy.perishables")}
                      checked={bool("perishables.enabled", true)}
                      onChange={(v) => update("perishables.enabled", v)}
                    />
                    {numberField("perishables.windowHours", t("policy.perishableHours"), 48)}
                  </FormLayout>
                ) : (
                  <TextField
                    label={t("policy.json")}
                    autoComplete="off"
                    multiline={20}
                    monospaced
                    value={jsonText}
                    onChange={(v) => {
                      setJsonText(v);
                      setJsonError(null);
                    }}
                    {...(jsonError ? { error: jsonError } : {})}
                  />
                )}
                {tab === 0 && jsonError ? <Banner tone="critical" title={jsonError} /> : null}
              </div>
              <div style={{ padding: 16, paddingTop: 0 }}>
                <InlineStack align="end">
                  <Button variant="primary" loading={busy} onClick={() => void publish()}>
                    {t("policy.publish")}
                  </Button>
                </InlineStack>
              </div>
            </Card>
            <Simulator draft={draft} />
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                {t("policy.history")}
              </Text>
              {history.error ? <ProblemBanner error={history.error} /> : null}
              <List>
                {(history.data?.items ?? []).map((v) => (
                  <List.Item key={v.version}>
                    v{v.version} · {formatInstant(locale, timeZone, v.publishedAt)} · {v.publishedBy ?? "—"}
                  </List.Item>
                ))}
              </List>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
