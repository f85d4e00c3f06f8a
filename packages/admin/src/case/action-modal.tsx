import { Banner, BlockStack, Checkbox, FormLayout, Modal, Select, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import type { ApiError } from "../api/client.js";
import type { DecisionView, StaffCase, StaffOrder } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { codeLabel, formatMoney, formatPercent, parseAmount } from "../i18n/index.js";
import { ProblemBanner } from "../ui/problem-banner.js";
import {
  type ActionBody,
  type ActionSpec,
  type ActionValues,
  buildCommand,
  lineKeys,
  refundLineDefaults,
} from "./actions.js";

/** How an action is sent: the route, and for platform actions the key that makes a retry safe. */
export interface RunOptions {
  readonly route: "commands" | "actions";
  readonly idempotencyKey?: string;
}

const newKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? `admin-${crypto.randomUUID()}`
    : `admin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Initial form values: a refund defaults to the chosen option's amount, else the decision's refundable total. */
function initialValues(
  spec: ActionSpec,
  staffCase: StaffCase,
  decision: DecisionView | null,
  digits: (m: { amount: number; currency: string }) => string,
  orderLines: StaffOrder["lines"],
): ActionValues {
  const chosen = staffCase.case.proposedOptions.find((o) => o.id === staffCase.case.chosenOptionId);
  if (spec.command === "refund" && spec.route === "actions") {
    return refundLineDefaults({
      lines: orderLines,
      ...(decision ? { decisionLines: decision.lines } : {}),
      caseLines: staffCase.case.lines,
      amount: chosen?.amount,
      returnsGoods: staffCase.case.kind === "return" || staffCase.case.kind === "exchange",
      decimal: digits,
    });
  }
  if (
    spec.command === "record_refund" ||
    spec.command === "record_store_credit" ||
    spec.command === "refund" ||
    spec.command === "store_credit"
  ) {
    const amount = chosen?.amount ?? decision?.totals.refundable;
    return { amount: amount && amount.amount > 0 ? digits(amount) : "", method: "original_payment" };
  }
  if (spec.command === "record_inspection") return { outcome: "accepted" };
  if (spec.command === "choose_option") return { optionId: staffCase.case.proposedOptions[0]?.id ?? "" };
  return {};
}

/** The label of an action: the case command's, or the platform action's. */
export function actionLabel(locale: Parameters<typeof codeLabel>[0], spec: ActionSpec): string {
  return codeLabel(locale, spec.route === "actions" ? "action" : "command", spec.command);
}

/**
 * The form of one action, then — for refunds, store credit, coupons, approvals and declines — a
 * confirmation that shows the money involved, in the order's currency, before anything is sent.
 * A refusal (the platform cannot or will not) is shown in the dialog, with the platform's words.
 */
export function ActionModal({
  spec,
  staffCase,
  decision,
  currency,
  busy,
  decimal,
  problem,
  orderLines = [],
  onClose,
  onRun,
}: {
  spec: ActionSpec;
  staffCase: StaffCase;
  decision: DecisionView | null;
  /** The order's currency; null while it is not known (money fields wait for it). */
  currency: string | null;
  busy: boolean;
  decimal: (m: { amount: number; currency: string }) => string;
  /** The last failure of this action, shown in the dialog. */
  problem?: ApiError | null;
  /** The order's lines, which a platform refund is made of. */
  orderLines?: StaffOrder["lines"];
  onClose(): void;
  onRun(command: ActionBody, options: RunOptions): Promise<boolean>;
}) {
  const { locale, identity } = useAdmin();
  const t = useT();
  const [values, setValues] = useState<ActionValues>(() =>
    initialValues(spec, staffCase, decision, decimal, orderLines),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<ActionBody | null>(null);
  // One key per confirmed request: a retry after a lost answer cannot refund twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const title = actionLabel(locale, spec);
  const route = spec.route ?? "commands";
  const needsCurrency = spec.fields.some((f) => f.kind === "money" || f.kind === "refundLines");
  const needsLines = spec.fields.some((f) => f.kind === "refundLines");
  const lineTitle = (lineId: string) => orderLines.find((l) => l.id === lineId)?.title ?? lineId;
  const platform = codeLabel(locale, "platform", identity.platform ?? "none");

  const send = async (body: ActionBody) => {
    const ok = await onRun(body, route === "actions" ? { route, idempotencyKey } : { route });
    if (ok) onClose();
  };

  const submit = async () => {
    if (confirming) {
      await send(confirming);
      return;
    }
    if (
      (needsCurrency && currency === null && spec.fields.some((f) => f.kind !== "percent" && f.required)) ||
      (needsLines && orderLines.length === 0)
    ) {
      return;
    }
    const built = buildCommand(spec, values, currency ?? "XXX", parseAmount, orderLines);
    if (!built.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(built.errors).map(([name, e]) => [
            name,
            e === "required"
              ? t(name === "lines" ? "case.refundLinesRequired" : "case.required")
              : e === "amount"
                ? t("case.amountInvalid")
                : e === "quantity"
                  ? t("case.quantityInvalid")
                  : t("case.codeInvalid"),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setIdempotencyKey(newKey());
    if (spec.confirm) setConfirming(built.command);
    else await send(built.command);
  };

  const money = (m: unknown) => formatMoney(locale, m as { amount: number; currency: string });
  const zero = { amount: 0, currency: currency ?? decision?.currency ?? "EUR" };
  let confirmTitle = title;
  let confirmBody = "";
  let confirmLines: string[] = [];
  if (confirming) {
    switch (spec.confirm) {
      case "refund":
        confirmTitle = t("confirm.refundTitle", { amount: money(confirming.amount) });
        confirmBody = t("confirm.refundBody", {
          amount: money(confirming.amount),
          method: codeLabel(locale, "method", String(confirming.method)),
        });
        break;
      case "credit":
        confirmTitle = t("confirm.creditTitle", { amount: money(confirming.amount) });
        break;
      case "platformRefund":
        confirmTitle = t("confirm.refundTitle", { amount: money(confirming.amount) });
        confirmBody = t(
          identity.capabilities?.refundsToOriginalPayment
            ? "confirm.platformRefundBody"
            : "confirm.platformRefundManualBody",
          { amount: money(confirming.amount), platform },
        );
        confirmLines = (
          (confirming.lines ?? []) as {
            lineId: string;
            quantity: number;
            amount: { amount: number; currency: string };
          }[]
        ).map((l) =>
          t("confirm.refundLine", {
            title: lineTitle(l.lineId),
            amount: money(l.amount),
            units: l.quantity,
          }),
        );
        break;
      case "platformCredit":
        confirmTitle = t("confirm.platformCreditTitle", { amount: money(confirming.amount) });
        confirmBody = t("confirm.platformCreditBody", { amount: money(confirming.amount), platform });
        break;
      case "platformCoupon": {
        const value =
          confirming.amount !== undefined
            ? money(confirming.amount)
            : formatPercent(locale, Number(confirming.percent));
        confirmTitle = t("confirm.couponTitle", { value });
        confirmBody = t("confirm.couponBody", { value, platform, email: staffCase.case.customer.email });
        break;
      }
      case "approve":
        confirmTitle = t("confirm.approveTitle");
        confirmBody = t("confirm.approveBody", {
          refundable: money(decision?.totals.refundable ?? zero),
          fees: money(decision?.totals.fees ?? zero),
        });
        break;
      case "decline":
        confirmTitle = t("confirm.declineTitle");
        confirmBody = t("confirm.declineBody", { amount: money(decision?.totals.refundable ?? zero) });
        break;
      default:
        break;
    }
  }

  return (
    <Modal
      open
      onClose={onClose}
      title={confirming ? confirmTitle : title}
      primaryAction={{
        content: confirming ? t("common.confirm") : title,
        destructive: spec.destructive === true,
        loading: busy,
        onAction: () => void submit(),
      }}
      secondaryActions={[
        { content: t("common.cancel"), onAction: confirming ? () => setConfirming(null) : onClose },
      ]}
    >
      <Modal.Section>
        {problem ? (
          <div style={{ marginBottom: "var(--p-space-400)" }}>
            <ProblemBanner error={problem} />
          </div>
        ) : null}
        {needsCurrency && currency === null ? (
          <div style={{ marginBottom: "var(--p-space-400)" }}>
            <Banner tone="info" title={t("case.currencyUnknown")} />
          </div>
        ) : null}
        {confirming ? (
          <BlockStack gap="200">
            <Banner tone={spec.confirm === "decline" ? "critical" : "warning"} title={confirmTitle}>
              {confirmBody ? <p>{confirmBody}</p> : null}
            </Banner>
            {confirmLines.length > 0 ? (
              <ul aria-label={t("field.refundLines")}>
                {confirmLines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            {typeof confirming.message === "string" ? <Text as="p">{confirming.message}</Text> : null}
          </BlockStack>
        ) : (
          <FormLayout>
            {spec.fields.map((field) => {
              const label = t(field.label, { currency: currency ?? "—" });
              const value = values[field.name];
              const set = (v: string | boolean) => setValues((all) => ({ ...all, [field.name]: v }));
              const error = errors[field.name];
              if (field.kind === "refundLines") {
                if (orderLines.length === 0)
                  return <Banner key={field.name} tone="info" title={t("case.orderLinesUnknown")} />;
                return (
                  <BlockStack key={field.name} gap="200">
                    <Text as="h3" variant="headingSm">
                      {label}
                    </Text>
                    {error ? (
                      <Text as="p" tone="critical">
                        {error}
                      </Text>
                    ) : null}
                    {orderLines.map((line) => {
                      const keys = lineKeys(line.id);
                      const setLine = (key: string) => (v: string) =>
                        setValues((all) => ({ ...all, [key]: v }));
                      return (
                        <FormLayout.Group condensed key={line.id}>
                          <TextField
                            label={t("field.lineAmount", {
                              title: line.title,
                              currency: currency ?? "—",
                            })}
                            helpText={t("field.linePaid", { paid: formatMoney(locale, line.paid) })}
                            autoComplete="off"
                            inputMode="decimal"
                            disabled={currency === null}
                            value={String(values[keys.amount] ?? "")}
                            onChange={setLine(keys.amount)}
                            {...(errors[keys.amount] ? { error: errors[keys.amount] } : {})}
                          />
                          <TextField
                            label={t("field.lineUnits", { title: line.title })}
                            helpText={t("field.lineRefundable", { n: line.refundableQuantity })}
                            autoComplete="off"
                            inputMode="numeric"
                            value={String(values[keys.quantity] ?? "0")}
                            onChange={setLine(keys.quantity)}
                            {...(errors[keys.quantity] ? { error: errors[keys.quantity] } : {})}
                          />
                        </FormLayout.Group>
                      );
                    })}
                  </BlockStack>
                );
              }
              if (field.kind === "checkbox")
                return <Checkbox key={field.name} label={label} checked={value === true} onChange={set} />;
              if (field.kind === "select") {
                const options =
                  field.name === "optionId"
                    ? staffCase.case.proposedOptions.map((o) => ({
                        value: o.id,
                        label: `${codeLabel(locale, "option", o.kind)}${o.amount ? ` ${formatMoney(locale, o.amount)}` : ""}${o.label ? ` — ${o.label}` : ""}`,
                      }))
                    : (field.values ?? []).map((v) => ({
                        value: v,
                        label: codeLabel(locale, field.labelPrefix ?? "", v),
                      }));
                return (
                  <Select
                    key={field.name}
                    label={label}
                    options={options}
                    value={String(value ?? "")}
                    onChange={set}
                    {...(error ? { error } : {})}
                  />
                );
              }
              return (
                <TextField
                  key={field.name}
                  label={label}
                  autoComplete="off"
                  value={typeof value === "string" ? value : ""}
                  onChange={set}
                  multiline={field.kind === "multiline" ? 3 : false}
                  requiredIndicator={field.required === true}
                  disabled={field.kind === "money" && currency === null}
                  {...(field.kind === "money" || field.kind === "percent"
                    ? { inputMode: "decimal" as const }
                    : {})}
                  {...(error ? { error } : {})}
                />
              );
            })}
            {spec.fields.length === 0 ? <Text as="p">{title}</Text> : null}
          </FormLayout>
        )}
      </Modal.Section>
    </Modal>
  );
}
