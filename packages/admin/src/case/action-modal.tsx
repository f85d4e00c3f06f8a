import { Banner, BlockStack, Checkbox, FormLayout, Modal, Select, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import type { DecisionView, StaffCase } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { codeLabel, formatMoney, parseAmount } from "../i18n/index.js";
import { type ActionSpec, type ActionValues, buildCommand } from "./actions.js";

/** Initial form values: a refund defaults to the chosen option's amount, else the decision's refundable total. */
function initialValues(
  spec: ActionSpec,
  staffCase: StaffCase,
  decision: DecisionView | null,
  digits: (m: { amount: number; currency: string }) => string,
): ActionValues {
  const chosen = staffCase.case.proposedOptions.find((o) => o.id === staffCase.case.chosenOptionId);
  if (spec.command === "record_refund" || spec.command === "record_store_credit") {
    const amount = chosen?.amount ?? decision?.totals.refundable;
    return { amount: amount && amount.amount > 0 ? digits(amount) : "", method: "original_payment" };
  }
  if (spec.command === "record_inspection") return { outcome: "accepted" };
  if (spec.command === "choose_option") return { optionId: staffCase.case.proposedOptions[0]?.id ?? "" };
  return {};
}

/**
 * The form of one action, then — for refunds, store credit, approvals and declines — a confirmation
 * that shows the money involved before anything is sent.
 */
export function ActionModal({
  spec,
  staffCase,
  decision,
  currency,
  busy,
  decimal,
  onClose,
  onRun,
}: {
  spec: ActionSpec;
  staffCase: StaffCase;
  decision: DecisionView | null;
  currency: string;
  busy: boolean;
  decimal: (m: { amount: number; currency: string }) => string;
  onClose(): void;
  onRun(command: { type: string } & Record<string, unknown>): Promise<boolean>;
}) {
  const { locale } = useAdmin();
  const t = useT();
  const [values, setValues] = useState<ActionValues>(() => initialValues(spec, staffCase, decision, decimal));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<({ type: string } & Record<string, unknown>) | null>(null);
  const title = codeLabel(locale, "command", spec.command);

  const submit = async () => {
    if (confirming) {
      if (await onRun(confirming)) onClose();
      return;
    }
    const built = buildCommand(spec, values, currency, parseAmount);
    if (!built.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(built.errors).map(([name, e]) => [
            name,
            e === "required"
              ? t("case.required")
              : e === "amount"
                ? t("case.amountInvalid")
                : t("case.codeInvalid"),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    if (spec.confirm) setConfirming(built.command);
    else if (await onRun(built.command)) onClose();
  };

  const money = (m: unknown) => formatMoney(locale, m as { amount: number; currency: string });
  const zero = { amount: 0, currency };
  let confirmTitle = title;
  let confirmBody = "";
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
        {confirming ? (
          <BlockStack gap="200">
            <Banner tone={spec.confirm === "decline" ? "critical" : "warning"} title={confirmTitle}>
              {confirmBody ? <p>{confirmBody}</p> : null}
            </Banner>
            {typeof confirming.message === "string" ? <Text as="p">{confirming.message}</Text> : null}
          </BlockStack>
        ) : (
          <FormLayout>
            {spec.fields.map((field) => {
              const label = t(field.label, { currency });
              const value = values[field.name];
              const set = (v: string | boolean) => setValues((all) => ({ ...all, [field.name]: v }));
              const error = errors[field.name];
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
