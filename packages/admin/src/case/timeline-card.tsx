import type { Money } from "@aftersales/core";
import { Badge, BlockStack, Box, Card, InlineStack, Text } from "@shopify/polaris";
import type { EventView } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { codeLabel, formatInstant } from "../i18n/index.js";
import { describeEvent } from "./explain.js";

/** Every event of the case, oldest first; internal ones shaded and labelled, customer-visible ones marked. */
export function TimelineCard({
  events,
  offered,
}: {
  events: readonly EventView[];
  offered: readonly { id: string; kind: string; amount?: Money | undefined; label?: string | undefined }[];
}) {
  const { locale, timeZone } = useAdmin();
  const t = useT();
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("case.timeline")}
        </Text>
        <ol
          style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}
          aria-label={t("case.timeline")}
        >
          {events.map((event) => {
            const { title, body } = describeEvent(locale, timeZone, event, offered);
            const internal = event.visibility === "internal";
            const actor = `${codeLabel(locale, "actor", event.actor.type)}${event.actor.id ? ` ${event.actor.id}` : ""}`;
            return (
              <li key={event.seq} data-visibility={event.visibility}>
                <Box
                  padding="300"
                  borderRadius="200"
                  borderWidth="025"
                  borderColor={internal ? "border-caution" : "border"}
                  background={internal ? "bg-surface-caution" : "bg-surface"}
                >
                  <BlockStack gap="100">
                    <InlineStack align="space-between" blockAlign="center" gap="200">
                      <InlineStack gap="200" blockAlign="center">
                        <Text as="span" fontWeight="semibold">
                          {title}
                        </Text>
                        <Badge tone={internal ? "warning" : "info"}>
                          {internal ? t("case.internal") : t("case.visibleToCustomer")}
                        </Badge>
                      </InlineStack>
                      <Text as="span" variant="bodySm" tone="subdued">
                        {formatInstant(locale, timeZone, event.at)} · {t("event.by", { actor })}
                      </Text>
                    </InlineStack>
                    {body ? (
                      <Text as="p" breakWord>
                        {body}
                      </Text>
                    ) : null}
                  </BlockStack>
                </Box>
              </li>
            );
          })}
        </ol>
      </BlockStack>
    </Card>
  );
}
