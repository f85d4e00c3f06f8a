import { Banner, List, Text } from "@shopify/polaris";
import type { ApiError } from "../api/client.js";
import { useAdmin, useT } from "../app/context.js";
import { isMessageKey, translate } from "../i18n/index.js";

/**
 * Shows an API error: its title (in the console's words for the problems staff meet often, such as
 * a platform refusing a refund), the detail (the platform's own message), field errors, whether a
 * retry may help, and the request id for support.
 */
export function ProblemBanner({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  const { locale } = useAdmin();
  const requestId = typeof error.body.requestId === "string" ? error.body.requestId : undefined;
  const known = `problem.${error.type}`;
  const platformCode = typeof error.body.code === "string" ? error.body.code : undefined;
  const title = error.missingEndpoint
    ? t("common.notAvailable", { endpoint: error.title })
    : isMessageKey(known)
      ? translate(locale, known)
      : error.title;
  return (
    <Banner
      tone="critical"
      title={title}
      {...(onRetry ? { action: { content: t("common.retry"), onAction: onRetry } } : {})}
    >
      {error.detail ? <p>{error.detail}</p> : null}
      {platformCode && isMessageKey(known) ? (
        <Text as="p" tone="subdued" variant="bodySm">
          {t("problem.platformCode", { code: platformCode })}
        </Text>
      ) : null}
      {error.body.retryable === true ? <p>{t("problem.retryable")}</p> : null}
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
