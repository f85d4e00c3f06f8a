import {
  AppProvider,
  Banner,
  BlockStack,
  Button,
  Card,
  Form,
  FormLayout,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import enPolaris from "@shopify/polaris/locales/en.json";
import zhPolaris from "@shopify/polaris/locales/zh-CN.json";
import { useState } from "react";
import { ApiError, createApi } from "../api/client.js";
import { type Locale, translate } from "../i18n/index.js";

/** What the sign-in form hands to the standalone page. */
export interface Credentials {
  readonly apiKey: string;
  readonly staffId: string;
}

/** The standalone sign-in: a staff API key, checked against the API before the console opens. */
export function LoginPage({
  apiBase,
  locale,
  onLocaleChange,
  onSignedIn,
}: {
  apiBase: string;
  locale: Locale;
  onLocaleChange(locale: Locale): void;
  onSignedIn(credentials: Credentials): void;
}) {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const [apiKey, setApiKey] = useState("");
  const [staffId, setStaffId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (apiKey.trim() === "") {
      setError(t("login.required"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await createApi({ apiBase, getToken: () => apiKey.trim() }).listCases({ limit: 1 });
      onSignedIn({ apiKey: apiKey.trim(), staffId: staffId.trim() });
    } catch (e) {
      setError(t("login.failed", { reason: e instanceof ApiError ? e.title : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <AppProvider i18n={locale === "en" ? enPolaris : zhPolaris}>
      <main lang={locale}>
        <Page narrowWidth title={t("login.title")}>
          <Card>
            <Form onSubmit={() => void submit()}>
              <BlockStack gap="400">
                {error ? <Banner tone="critical" title={error} /> : null}
                <FormLayout>
                  <TextField
                    label={t("login.apiKey")}
                    type="password"
                    autoComplete="off"
                    value={apiKey}
                    onChange={setApiKey}
                    helpText={t("login.apiKeyHelp")}
                  />
                  <TextField
                    label={t("login.staffId")}
                    autoComplete="username"
                    value={staffId}
                    onChange={setStaffId}
                    helpText={t("login.staffIdHelp")}
                  />
                  <Select
                    label={t("nav.language")}
                    options={[
                      { value: "en", label: "English" },
                      { value: "zh-Hans", label: "简体中文" },
                    ]}
                    value={locale}
                    onChange={(v) => onLocaleChange(v === "zh-Hans" ? "zh-Hans" : "en")}
                  />
                </FormLayout>
                <Button submit variant="primary" loading={busy}>
                  {t("login.submit")}
                </Button>
                <Text as="p" tone="subdued" variant="bodySm">
                  Aftersales
                </Text>
              </BlockStack>
            </Form>
          </Card>
        </Page>
      </main>
    </AppProvider>
  );
}
