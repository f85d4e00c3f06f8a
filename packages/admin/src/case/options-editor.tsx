import { BlockStack, Button, Card, FormLayout, InlineStack, Select, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useAdmin, useT } from "../app/context.js";
import { codeLabel, parseAmount } from "../i18n/index.js";
import { errorProp } from "../ui/props.js";
import { buildOptions, MONEY_OPTION_KINDS, OPTION_KINDS, type OptionDraft } from "./options.js";

/** Staff compose the options the customer chooses from (refund 20 €, replacement, coupon 5 € …). */
export function OptionsEditor({
  currency,
  busy,
  onPropose,
}: {
  /** The order's currency; null while unknown (amounts cannot be typed then). */
  currency: string | null;
  busy: boolean;
  onPropose(command: { type: "propose_options"; options: Record<string, unknown>[] }): Promise<boolean>;
}) {
  const { locale } = useAdmin();
  const t = useT();
  const [rows, setRows] = useState<OptionDraft[]>([{ kind: "refund", amount: "", label: "" }]);
  const [bad, setBad] = useState<number[]>([]);
  const update = (index: number, patch: Partial<OptionDraft>) =>
    setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const submit = async () => {
    const built = buildOptions(rows, currency ?? "XXX", parseAmount);
    if (!built.ok) {
      setBad(built.badAmounts);
      return;
    }
    setBad([]);
    if (await onPropose(built.command)) setRows([{ kind: "refund", amount: "", label: "" }]);
  };
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("case.optionsEditor")}
        </Text>
        {currency === null ? (
          <Text as="p" tone="subdued">
            {t("case.currencyUnknown")}
          </Text>
        ) : null}
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until proposed
          <div key={index} data-testid={`option-row-${index}`}>
            <FormLayout>
              <FormLayout.Group condensed>
                <Select
                  label={`${t("case.optionKind")} ${index + 1}`}
                  options={OPTION_KINDS.map((k) => ({ value: k, label: codeLabel(locale, "option", k) }))}
                  value={row.kind}
                  onChange={(kind) => update(index, { kind })}
                />
                <TextField
                  label={`${t("case.optionAmount", { currency: currency ?? "—" })} ${index + 1}`}
                  autoComplete="off"
                  inputMode="decimal"
                  value={row.amount}
                  disabled={!MONEY_OPTION_KINDS.has(row.kind) || currency === null}
                  onChange={(amount) => update(index, { amount })}
                  {...errorProp(bad.includes(index) ? t("case.amountInvalid") : null)}
                />
                <TextField
                  label={`${t("case.optionLabel")} ${index + 1}`}
                  autoComplete="off"
                  value={row.label}
                  onChange={(label) => update(index, { label })}
                />
              </FormLayout.Group>
            </FormLayout>
            {rows.length > 1 ? (
              <Button
                variant="plain"
                tone="critical"
                onClick={() => setRows((list) => list.filter((_, i) => i !== index))}
                accessibilityLabel={`${t("common.remove")} ${index + 1}`}
              >
                {t("common.remove")}
              </Button>
            ) : null}
          </div>
        ))}
        <InlineStack gap="200">
          <Button
            onClick={() => setRows((list) => [...list, { kind: "replacement", amount: "", label: "" }])}
            disabled={rows.length >= 10}
          >
            {t("case.addOption")}
          </Button>
          <Button variant="primary" loading={busy} onClick={() => void submit()}>
            {rows.length === 1 ? t("case.proposeOne") : t("case.propose", { count: rows.length })}
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
