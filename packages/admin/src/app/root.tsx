import { AppProvider, Banner, Page, Spinner } from "@shopify/polaris";
import enPolaris from "@shopify/polaris/locales/en.json";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type Api, ApiError } from "../api/client.js";
import type { Locale } from "../i18n/index.js";
import { AdminApp } from "./app.js";
import type { Identity } from "./context.js";

/** Who is signed in and the store's zone, from `GET /v1/staff/me` or, until it exists, what is known. */
export async function resolveIdentity(
  api: Api,
  fallback: { staffId?: string; timeZone?: string },
): Promise<{ identity: Identity; timeZone: string }> {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    const me = await api.me();
    return {
      identity: {
        staffId: me.staffId,
        role: me.role,
        storeName: me.store.name,
        platform: me.platform ?? undefined,
        capabilities: me.capabilities,
      },
      timeZone: fallback.timeZone ?? me.store.timeZone,
    };
  } catch (error) {
    if (!(error instanceof ApiError) || !error.missingEndpoint) throw error;
  }
  // The key must still work: the case list answers 401 for a bad one.
  await api.listCases({ limit: 1 });
  let timeZone = fallback.timeZone;
  if (!timeZone) {
    const calendars = await api.calendars().catch(() => ({ items: [] }));
    const body = calendars.items.find((c) => c.id === "default")?.body as { timeZone?: unknown } | undefined;
    timeZone = typeof body?.timeZone === "string" ? body.timeZone : browserZone;
  }
  return { identity: { staffId: fallback.staffId, role: undefined, storeName: undefined }, timeZone };
}

/** Props of {@link AdminRoot}. */
export interface AdminRootProps {
  readonly api: Api;
  readonly locale: Locale;
  readonly path: string;
  navigate(path: string): void;
  href(path: string): string;
  readonly staffId?: string;
  readonly timeZone?: string;
  readonly showNavigation?: boolean;
  orderUrl?(orderId: string): string | undefined;
  openUrl?(url: string): void;
  onLocaleChange?(locale: Locale): void;
  onSignOut?(): void;
}

/** Resolves who is signed in, then shows the console. */
export function AdminRoot(props: AdminRootProps) {
  const { api, staffId, timeZone: zone } = props;
  const [resolved, setResolved] = useState<{ identity: Identity; timeZone: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    resolveIdentity(api, { ...(staffId ? { staffId } : {}), ...(zone ? { timeZone: zone } : {}) }).then(
      (r) => alive && setResolved(r),
      (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      alive = false;
    };
  }, [api, staffId, zone]);
  const navigate = useCallback((p: string) => props.navigate(p), [props.navigate]);
  const identity = useMemo(() => resolved?.identity, [resolved]);
  if (error) {
    return (
      <AppProvider i18n={enPolaris}>
        <Page title="Aftersales">
          <Banner
            tone="critical"
            title={error}
            {...(props.onSignOut ? { action: { content: "Sign out", onAction: props.onSignOut } } : {})}
          />
        </Page>
      </AppProvider>
    );
  }
  if (!resolved || !identity) {
    return (
      <div style={{ display: "grid", placeItems: "center", height: "100vh" }}>
        <AppProvider i18n={enPolaris}>
          <Spinner accessibilityLabel="Loading" />
        </AppProvider>
      </div>
    );
  }
  return (
    <AdminApp
      api={api}
      locale={props.locale}
      timeZone={resolved.timeZone}
      identity={identity}
      path={props.path}
      navigate={navigate}
      href={props.href}
      {...(props.showNavigation === undefined ? {} : { showNavigation: props.showNavigation })}
      {...(props.orderUrl ? { orderUrl: props.orderUrl } : {})}
      {...(props.openUrl ? { openUrl: props.openUrl } : {})}
      {...(props.onLocaleChange ? { onLocaleChange: props.onLocaleChange } : {})}
      {...(props.onSignOut ? { onSignOut: props.onSignOut } : {})}
    />
  );
}
