import {
  Badge,
  Banner,
  BlockStack,
  Button,
  Card,
  InlineStack,
  Layout,
  List,
  Page,
  Select,
  SkeletonBodyText,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import { ApiError } from "../api/client.js";
import type { StaffCase, StaffOrder } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { useLoad } from "../app/use-load.js";
import { codeLabel, decimalString, formatInstant, formatMoney } from "../i18n/index.js";
import { AssigneePicker, useMembers } from "../ui/assignee-picker.js";
import { CATEGORIES, PRIORITIES } from "../ui/codes.js";
import { PriorityBadge, StatusBadge } from "../ui/labels.js";
import { nameOf } from "../ui/members.js";
import { Notice } from "../ui/notice.js";
import { OrderLink } from "../ui/order-link.js";
import { ProblemBanner } from "../ui/problem-banner.js";
import { ActionModal, actionLabel, type RunOptions } from "./action-modal.js";
import { type ActionBody, type ActionSpec, actionKey, actionsFor } from "./actions.js";
import { caseCurrency } from "./currency.js";
import { DecisionCard } from "./decision-card.js";
import { asDecision, attachmentIds } from "./explain.js";
import { OptionsEditor } from "./options-editor.js";
import { PhotosCard } from "./photos-card.js";
import { TimelineCard } from "./timeline-card.js";

/** One case: timeline, customer and order, decision, photos, messages, notes, actions, options, assignment. */
export function CasePage({ id }: { id: string }) {
  const { api, locale, timeZone, identity, navigate } = useAdmin();
  const t = useT();
  const loaded = useLoad(() => api.getCase(id), [id]);
  const orderId = loaded.data?.case.order?.id;
  const order = useLoad<StaffOrder | null>(
    () => (orderId ? api.order(orderId) : Promise.resolve(null)),
    [orderId],
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [toast, setToast] = useState<string | null>(null);
  const [action, setAction] = useState<ActionSpec | null>(null);
  const [message, setMessage] = useState("");
  const [note, setNote] = useState("");
  const [assignee, setAssignee] = useState("");
  const members = useMembers();

  if (loaded.error && !loaded.data) {
    return (
      <Page
        title={t("case.title", { id })}
        backAction={{ content: t("case.back"), onAction: () => navigate("/") }}
      >
        {loaded.error.status === 404 ? (
          <Banner tone="warning" title={t("case.notFound")} />
        ) : (
          <ProblemBanner error={loaded.error} onRetry={loaded.reload} />
        )}
      </Page>
    );
  }
  const data = loaded.data;
  if (!data) {
    return (
      <Page
        title={t("case.title", { id })}
        backAction={{ content: t("case.back"), onAction: () => navigate("/") }}
      >
        <Card>
          <SkeletonBodyText lines={6} />
        </Card>
      </Page>
    );
  }

  const state = data.case;
  const decision = asDecision(state.decision);
  const currency = caseCurrency({
    decisionCurrency: decision?.currency,
    hasOrder: state.order !== null,
    order: order.error ? null : order.data,
    amounts: [
      ...state.proposedOptions.map((o) => o.amount),
      ...state.refunds.map((r) => r.amount),
      ...state.storeCredits,
      ...state.coupons.map((c) => c.amount),
    ],
  });
  const allowed = new Set(data.allowedCommands);
  const lineTitle = (lineId: string) => order.data?.lines.find((l) => l.id === lineId)?.title ?? lineId;

  /**
   * Sends a case command, or a platform action (the platform acts, then the case records it); a
   * lost race reloads the case and says so.
   */
  const run = async (command: ActionBody, options: RunOptions = { route: "commands" }): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    setConflict(false);
    try {
      const next: StaffCase =
        options.route === "actions"
          ? await api.action(
              id,
              command as Parameters<typeof api.action>[1],
              data.version,
              options.idempotencyKey ?? `${id}:${data.version}:${command.type}`,
            )
          : await api.command(id, command, data.version);
      loaded.set(next);
      setToast(
        t("command.done", {
          command: codeLabel(locale, options.route === "actions" ? "action" : "command", command.type),
        }),
      );
      return true;
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, { title: String(error) });
      if (e.type === "version_conflict") {
        setConflict(true);
        loaded.reload();
      } else setFailure(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const actions = actionsFor(data.allowedCommands, {
    kind: state.kind,
    capabilities: identity.capabilities,
  });
  const chosen = state.proposedOptions.find((o) => o.id === state.chosenOptionId);
  const targets = data.sla?.targets ? Object.entries(data.sla.targets) : [];

  return (
    <Page
      title={state.subject ?? t("case.title", { id: state.id })}
      subtitle={`${codeLabel(locale, "kind", state.kind)} · ${state.id} · ${t("case.opened", {
        at: formatInstant(locale, timeZone, state.openedAt),
        channel: codeLabel(locale, "channel", state.channel),
      })}`}
      titleMetadata={
        <InlineStack gap="100">
          <StatusBadge status={state.status} />
          <PriorityBadge priority={state.priority} />
          {state.itemProgress ? <Badge>{codeLabel(locale, "progress", state.itemProgress)}</Badge> : null}
        </InlineStack>
      }
      backAction={{ content: t("case.back"), onAction: () => navigate("/") }}
      fullWidth
    >
      <Layout>
        {conflict || (failure && !action) ? (
          <Layout.Section>
            {conflict ? (
              <Banner tone="warning" title={t("common.conflict")} onDismiss={() => setConflict(false)} />
            ) : null}
            {failure && !action ? <ProblemBanner error={failure} /> : null}
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <BlockStack gap="400">
            <Notice message={toast} onDismiss={() => setToast(null)} />
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t("case.description")}
                </Text>
                <Text as="p" breakWord>
                  {state.description || "—"}
                </Text>
                {state.lines.length > 0 ? (
                  <>
                    <Text as="h3" variant="headingSm">
                      {t("case.lines")}
                    </Text>
                    <List>
                      {state.lines.map((line) => (
                        <List.Item key={line.lineId}>
                          {t("case.lineRow", {
                            qty: line.quantity,
                            title: lineTitle(line.lineId),
                            reason: codeLabel(locale, "reason", line.reason),
                            resolution: codeLabel(locale, "option", line.resolution).toLowerCase(),
                          })}
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : null}
              </BlockStack>
            </Card>
            {state.kind !== "inquiry" ? <DecisionCard decision={decision} lineTitle={lineTitle} /> : null}
            <PhotosCard ids={attachmentIds(state.evidence, data.events)} />
            {state.proposedOptions.length > 0 ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingMd">
                    {t("case.options")}
                  </Text>
                  <List>
                    {state.proposedOptions.map((o) => (
                      <List.Item key={o.id}>
                        {codeLabel(locale, "option", o.kind)}
                        {o.amount ? ` ${formatMoney(locale, o.amount)}` : ""}
                        {o.label ? ` — ${o.label}` : ""}
                        {o.id === state.chosenOptionId ? " ✓" : ""}
                      </List.Item>
                    ))}
                  </List>
                  {chosen ? (
                    <Badge tone="success">
                      {t("case.optionsChosen", {
                        option: `${codeLabel(locale, "option", chosen.kind)}${chosen.amount ? ` ${formatMoney(locale, chosen.amount)}` : ""}`,
                      })}
                    </Badge>
                  ) : null}
                </BlockStack>
              </Card>
            ) : null}
            {allowed.has("propose_options") ? (
              <OptionsEditor currency={currency} busy={busy} onPropose={run} />
            ) : null}
            {allowed.has("post_message") ? (
              <Card>
                <BlockStack gap="200">
                  <TextField
                    label={t("case.messages")}
                    placeholder={t("case.messagePlaceholder")}
                    autoComplete="off"
                    multiline={3}
                    value={message}
                    onChange={setMessage}
                  />
                  <InlineStack align="end">
                    <Button
                      variant="primary"
                      loading={busy}
                      disabled={message.trim() === ""}
                      onClick={async () => {
                        if (await run({ type: "post_message", body: message })) setMessage("");
                      }}
                    >
                      {t("case.send")}
                    </Button>
                  </InlineStack>
                </BlockStack>
              </Card>
            ) : null}
            {allowed.has("add_note") ? (
              <Card background="bg-surface-caution">
                <BlockStack gap="200">
                  <TextField
                    label={t("case.note")}
                    placeholder={t("case.notePlaceholder")}
                    autoComplete="off"
                    multiline={2}
                    value={note}
                    onChange={setNote}
                  />
                  <InlineStack align="end">
                    <Button
                      loading={busy}
                      disabled={note.trim() === ""}
                      onClick={async () => {
                        if (await run({ type: "add_note", body: note })) setNote("");
                      }}
                    >
                      {t("case.addNote")}
                    </Button>
                  </InlineStack>
                </BlockStack>
              </Card>
            ) : null}
            <TimelineCard events={data.events} offered={state.proposedOptions} />
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t("case.actions")}
                </Text>
                {actions.length === 0 ? (
                  <Text as="p" tone="subdued">
                    {t("case.noActions")}
                  </Text>
                ) : (
                  <BlockStack gap="200">
                    {actions.map((spec) => (
                      <Button
                        key={actionKey(spec)}
                        fullWidth
                        textAlign="start"
                        {...(spec.destructive ? { tone: "critical" as const } : {})}
                        disabled={
                          busy || (order.loading && spec.fields.some((f) => f.kind === "refundLines"))
                        }
                        onClick={() => {
                          setFailure(null);
                          if (spec.fields.length === 0 && !spec.confirm) void run({ type: spec.command });
                          else setAction(spec);
                        }}
                      >
                        {actionLabel(locale, spec)}
                      </Button>
                    ))}
                  </BlockStack>
                )}
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t("case.assignment")}
                </Text>
                <Text as="p">
                  {t("case.assignee")}:{" "}
                  <strong>
                    {state.assigneeId
                      ? nameOf(members.data?.items, state.assigneeId)
                      : t("common.unassigned")}
                  </strong>
                </Text>
                {allowed.has("assign") ? (
                  <BlockStack gap="200">
                    {identity.staffId && state.assigneeId !== identity.staffId ? (
                      <Button
                        variant="primary"
                        loading={busy}
                        onClick={() => void run({ type: "assign", assigneeId: identity.staffId as string })}
                      >
                        {t("case.assignToMe")}
                      </Button>
                    ) : null}
                    <InlineStack gap="200" blockAlign="end" wrap={false}>
                      <div style={{ flex: 1 }}>
                        <AssigneePicker
                          label={t("case.assignTo")}
                          members={members}
                          value={assignee}
                          onChange={setAssignee}
                          disabled={busy}
                        />
                      </div>
                      <Button
                        disabled={assignee.trim() === "" || assignee.trim() === state.assigneeId || busy}
                        onClick={async () => {
                          if (await run({ type: "assign", assigneeId: assignee.trim() })) setAssignee("");
                        }}
                      >
                        {t("common.save")}
                      </Button>
                    </InlineStack>
                    {state.assigneeId ? (
                      <Button variant="plain" onClick={() => void run({ type: "assign", assigneeId: null })}>
                        {t("case.unassign")}
                      </Button>
                    ) : null}
                  </BlockStack>
                ) : null}
                {allowed.has("change_priority") ? (
                  <Select
                    label={t("case.priority")}
                    options={PRIORITIES.map((p) => ({ value: p, label: codeLabel(locale, "priority", p) }))}
                    value={state.priority}
                    disabled={busy}
                    onChange={(priority) => void run({ type: "change_priority", priority })}
                  />
                ) : null}
                {allowed.has("change_category") ? (
                  <Select
                    label={t("case.category")}
                    options={[
                      ...(state.category ? [] : [{ value: "", label: "—" }]),
                      ...CATEGORIES.map((c) => ({ value: c, label: codeLabel(locale, "category", c) })),
                    ]}
                    value={state.category ?? ""}
                    disabled={busy}
                    onChange={(category) => category && void run({ type: "change_category", category })}
                  />
                ) : null}
              </BlockStack>
            </Card>
            {targets.length > 0 ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingMd">
                    {t("case.sla")}
                  </Text>
                  <List>
                    {targets.map(([target, s]) => (
                      <List.Item key={target}>
                        {t("case.slaTarget", {
                          target: codeLabel(locale, "sla.target", target),
                          state: codeLabel(locale, "sla.state", s.state),
                          at: s.dueAt ? formatInstant(locale, timeZone, s.dueAt) : "—",
                        })}
                      </List.Item>
                    ))}
                  </List>
                </BlockStack>
              </Card>
            ) : null}
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t("case.customer")}
                </Text>
                <Text as="p">{state.customer.name ?? state.customer.email}</Text>
                {state.customer.name ? <Text as="p">{state.customer.email}</Text> : null}
                {state.customer.country ? (
                  <Text as="p" tone="subdued">
                    {state.customer.country}
                  </Text>
                ) : null}
                {state.order ? (
                  <>
                    <Text as="h3" variant="headingSm">
                      <OrderLink orderId={state.order.id}>
                        {t("case.orderNumber", { number: state.order.number })}
                      </OrderLink>
                    </Text>
                    {order.data ? (
                      <BlockStack gap="100">
                        <Text as="p" variant="bodySm" tone="subdued">
                          {formatInstant(locale, timeZone, order.data.placedAt)}
                        </Text>
                        <List>
                          {order.data.lines.map((l) => (
                            <List.Item key={l.id}>
                              {l.quantity} × {l.title}
                              {l.variantTitle ? ` (${l.variantTitle})` : ""} — {formatMoney(locale, l.paid)}
                            </List.Item>
                          ))}
                        </List>
                      </BlockStack>
                    ) : null}
                  </>
                ) : null}
                {state.refunds.length + state.storeCredits.length + state.coupons.length > 0 ? (
                  <>
                    <Text as="h3" variant="headingSm">
                      {t("case.refunds")}
                    </Text>
                    <List>
                      {state.refunds.map((r, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: refunds are an append-only list
                        <List.Item key={`r${i}`}>
                          {formatMoney(locale, r.amount)} · {codeLabel(locale, "method", r.method)}
                        </List.Item>
                      ))}
                      {state.storeCredits.map((m, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
                        <List.Item key={`s${i}`}>
                          {codeLabel(locale, "option", "store_credit")} {formatMoney(locale, m)}
                        </List.Item>
                      ))}
                      {state.coupons.map((c) => (
                        <List.Item key={c.code}>
                          {codeLabel(locale, "option", "coupon")} {c.code}
                          {c.amount ? ` ${formatMoney(locale, c.amount)}` : c.percent ? ` ${c.percent}%` : ""}
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : null}
                {state.rating ? (
                  <Text as="p">{t("case.ratingLine", { score: state.rating.score })}</Text>
                ) : null}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
      {action ? (
        <ActionModal
          spec={action}
          staffCase={data}
          decision={decision}
          currency={currency}
          busy={busy}
          decimal={decimalString}
          problem={failure}
          orderLines={order.data?.lines ?? []}
          onClose={() => {
            setAction(null);
            setFailure(null);
          }}
          onRun={run}
        />
      ) : null}
    </Page>
  );
}
