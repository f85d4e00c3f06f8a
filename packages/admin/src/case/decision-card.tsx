import { Badge, BlockStack, Card, InlineStack, List, Text } from "@shopify/polaris";
import type { DecisionView } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { codeLabel, formatInstant, formatMoney } from "../i18n/index.js";
import { reasonText } from "./explain.js";

const tone = { auto_approve: "success", needs_review: "attention", ineligible: "critical" } as const;

/** An eligibility decision: status per line, refundable amount, fees, deadline and every reason in words. */
export function DecisionCard({
  decision,
  lineTitle,
  title,
}: {
  decision: DecisionView | null;
  lineTitle: (lineId: string) => string;
  title?: string;
}) {
  const { locale, timeZone } = useAdmin();
  const t = useT();
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {title ?? t("case.decision")}
          </Text>
          {decision ? (
            <Badge tone={tone[decision.status]}>{t(`case.decisionStatus.${decision.status}`)}</Badge>
          ) : null}
        </InlineStack>
        {decision === null ? (
          <Text as="p" tone="subdued">
            {t("case.decisionNone")}
          </Text>
        ) : (
          <BlockStack gap="300">
            <Text as="p" variant="bodySm" tone="subdued">
              {decision.evaluatedAt
                ? t("case.decisionPolicy", {
                    version: decision.policyLabel ?? decision.policyVersion.slice(0, 12),
                    at: formatInstant(locale, timeZone, decision.evaluatedAt),
                  })
                : t("case.decisionPolicyOnly", {
                    version: decision.policyLabel ?? decision.policyVersion.slice(0, 12),
                  })}
            </Text>
            <InlineStack gap="600">
              <Text as="p">
                {t("case.refundable")}: <strong>{formatMoney(locale, decision.totals.refundable)}</strong>
              </Text>
              <Text as="p">
                {t("case.fees")}: <strong>{formatMoney(locale, decision.totals.fees)}</strong>
              </Text>
            </InlineStack>
            {decision.lines.map((line) => (
              <BlockStack gap="100" key={line.lineId}>
                <InlineStack gap="200" blockAlign="center">
                  <Text as="h3" variant="headingSm">
                    {line.quantity === undefined ? "" : `${line.quantity} × `}
                    {lineTitle(line.lineId)}
                  </Text>
                  <Badge tone={tone[line.status]}>{t(`case.decisionStatus.${line.status}`)}</Badge>
                  {line.reason ? <Badge>{codeLabel(locale, "reason", line.reason)}</Badge> : null}
                </InlineStack>
                <Text as="p" variant="bodySm">
                  {t("case.refundable")}: {formatMoney(locale, line.refundable)} · {t("case.fees")}:{" "}
                  {formatMoney(locale, line.fees.restocking)} +{" "}
                  {formatMoney(locale, line.fees.returnShipping)}
                  {line.deadline
                    ? ` · ${t("case.deadline", { at: formatInstant(locale, timeZone, line.deadline) })}`
                    : ""}
                </Text>
                {line.reasons.length > 0 ? (
                  <List>
                    {line.reasons.map((r, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a line's reasons are a fixed list
                      <List.Item key={`${r.code}-${i}`}>{reasonText(locale, timeZone, r)}</List.Item>
                    ))}
                  </List>
                ) : null}
              </BlockStack>
            ))}
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}
