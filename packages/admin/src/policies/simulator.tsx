import {
  BlockStack,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineStack,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import { ApiError } from "../api/client.js";
import type { DecisionView, StaffOrder } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { DecisionCard } from "../case/decision-card.js";
import { codeLabel } from "../i18n/index.js";
import { ProblemBanner } from "../ui/problem-banner.js";

const REASONS = [
  "defective",
  "damaged_in_transit",
  "wrong_item",
  "not_as_described",
  "missing_part",
  "late_delivery",
  "size",
  "changed_mind",
  "other",
];
const RESOLUTIONS = ["refund", "store_credit", "exchange", "repair", "keep_item", "reship"];

interface LineDraft {
  readonly lineId: string;
  readonly selected: boolean;
  readonly quantity: string;
}

/** Pick an order, lines and a reason; see the decision and its reasons under the published or draft policy. */
export function Simulator({ draft }: { draft: Record<string, unknown> }) {
  const { api, locale } = useAdmin();
  const t = useT();
  const [orderId, setOrderId] = useState("");
  const [order, setOrder] = useState<StaffOrder | null>(null);
  const [lines, setLines] = useState<LineDraft[]>([{ lineId: "", selected: true, quantity: "1" }]);
  const [reason, setReason] = useState("defective");
  const [resolution, setResolution] = useState("refund");
  const [useDraft, setUseDraft] = useState(true);
  const [decision, setDecision] = useState<DecisionView | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const loadOrder = async () => {
    setFailure(null);
    // Needs GET /v1/staff/orders/{id}; without it, staff type the line ids.
    try {
      const found = await api.order(orderId.trim());
      setOrder(found);
      setLines(found.lines.map((l) => ({ lineId: l.id, selected: false, quantity: "1" })));
    } catch (error) {
      setOrder(null);
      setFailure(error instanceof ApiError ? error : new ApiError(0, { title: String(error) }));
    }
  };

  const simulate = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const chosen = lines.filter((l) => l.selected && l.lineId.trim() !== "");
      const decided = await api.simulatePolicy({
        ...(useDraft ? { policy: draft } : {}),
        orderId: orderId.trim(),
        locale,
        lines: chosen.map((l) => ({
          lineId: l.lineId.trim(),
          quantity: Math.max(1, Number(l.quantity) || 1),
          reason,
          resolution,
        })),
      });
      setDecision(decided);
    } catch (error) {
      setDecision(null);
      setFailure(error instanceof ApiError ? error : new ApiError(0, { title: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const title = (lineId: string) => order?.lines.find((l) => l.id === lineId)?.title ?? lineId;
  return (
    <BlockStack gap="400">
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t("policy.simulator")}
          </Text>
          <InlineStack gap="200" blockAlign="end">
            <TextField
              label={t("policy.simOrder")}
              autoComplete="off"
              value={orderId}
              onChange={setOrderId}
            />
            <Button onClick={() => void loadOrder()} disabled={orderId.trim() === ""}>
              {t("policy.simLoad")}
            </Button>
          </InlineStack>
          <FormLayout>
            {lines.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows follow the order's lines
              <FormLayout.Group condensed key={index}>
                {order ? (
                  <Checkbox
                    label={title(line.lineId)}
                    checked={line.selected}
                    onChange={(selected) =>
                      setLines((all) => all.map((l, i) => (i === index ? { ...l, selected } : l)))
                    }
                  />
                ) : (
                  <TextField
                    label={t("policy.simLineId")}
                    autoComplete="off"
                    value={line.lineId}
                    onChange={(lineId) =>
                      setLines((all) => all.map((l, i) => (i === index ? { ...l, lineId } : l)))
                    }
                  />
                )}
                <TextField
                  label={`${t("policy.simQty")} (${title(line.lineId) || index + 1})`}
                  type="number"
                  min={1}
                  autoComplete="off"
                  value={line.quantity}
                  onChange={(quantity) =>
                    setLines((all) => all.map((l, i) => (i === index ? { ...l, quantity } : l)))
                  }
                />
              </FormLayout.Group>
            ))}
            <FormLayout.Group>
              <Select
                label={t("policy.simReason")}
                options={REASONS.map((r) => ({ value: r, label: codeLabel(locale, "reason", r) }))}
                value={reason}
                onChange={setReason}
              />
              <Select
                label={t("policy.simResolution")}
                options={RESOLUTIONS.map((r) => ({ value: r, label: codeLabel(locale, "option", r) }))}
                value={resolution}
                onChange={setResolution}
              />
            </FormLayout.Group>
            <Checkbox label={t("policy.simDraft")} checked={useDraft} onChange={setUseDraft} />
          </FormLayout>
          <InlineStack align="end">
            <Button
              variant="primary"
              loading={busy}
              onClick={() => void simulate()}
              disabled={orderId.trim() === ""}
            >
              {t("policy.simRun")}
            </Button>
          </InlineStack>
          {failure ? <ProblemBanner error={failure} /> : null}
        </BlockStack>
      </Card>
      {decision ? <DecisionCard decision={decision} lineTitle={title} title={t("policy.simResult")} /> : null}
    </BlockStack>
  );
}
