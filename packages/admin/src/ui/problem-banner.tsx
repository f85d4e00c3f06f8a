import { Banner, List, Text } from "@shopify/polaris";
import type { ApiError } from "../api/client.js";
import { useT } from "../app/context.js";

/** Shows an API error: its title, the detail and field errors, and the request id for support. */
export function ProblemBanner({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  const requestId = typeof error.body.requestId === "string" ? error.body.requestId : undefined;
  return (
    <Banner
      tone="critical"
      title={error.missingEndpoint ? t("common.notAvailable", { endpoint: error.title }) : error.title}
      {...(onRetry ? { action: { content: t("common.retry"), onAction: onRetry } } : {})}
    >
      {error.detail ? <p>{error.detail}</p> : null}
      {error.errors.length > 0 ? (
        <List>
          {error.errors.map((e) => (
            <List.Item key={`${e.path}:${e.code}`}>
              <code>{e.path}</code>: {e.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {requestId ? (
        <Text as="p" tone="subdued" variant="bodySm">
          {t("common.requestId", { id: requestId })}
        </Text>
      ) : null}
    </Banner>
  );
}

/** Says a feature waits for a server endpoint, naming it, instead of showing an error. */
export function MissingEndpoint({ endpoint }: { endpoint: string }) {
  const t = useT();
  return <Banner tone="info" title={t("common.notAvailable", { endpoint })} />;
}
