import { AppProvider, Frame, Navigation, TopBar } from "@shopify/polaris";
import enPolaris from "@shopify/polaris/locales/en.json";
import zhPolaris from "@shopify/polaris/locales/zh-CN.json";
import {
  type AnchorHTMLAttributes,
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useContext,
  useMemo,
  useState,
} from "react";
import type { Api } from "../api/client.js";
import { CasePage } from "../case/case-page.js";
import { codeLabel, type Locale, translate } from "../i18n/index.js";
import { InboxPage } from "../inbox/inbox-page.js";
import { PolicyPage } from "../policies/policy-page.js";
import { SlaPage } from "../sla/sla-page.js";
import { TeamPage } from "../team/team-page.js";

// The dashboard brings the charting library; it loads when first opened.
const DashboardPage = lazy(() =>
  import("../dashboard/dashboard-page.js").then((m) => ({ default: m.DashboardPage })),
);

import { AdminContext, type AdminContextValue, type Identity } from "./context.js";
import { parseRoute, type Route, routePath } from "./router.js";

/** What the console shell needs from its host (standalone page or `mountAdmin`). */
export interface AdminAppProps {
  readonly api: Api;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly identity: Identity;
  /** The current path (`/`, `/cases/cas_1` …). */
  readonly path: string;
  navigate(path: string): void;
  href(path: string): string;
  /** Shows the console's own navigation (off when the host, e.g. the Shopify admin, has one). */
  readonly showNavigation?: boolean;
  /** The platform's page of an order (see `MountOptions.orderUrl`). */
  orderUrl?(orderId: string): string | undefined;
  /** Opens a platform URL through the host (see `MountOptions.openUrl`). */
  openUrl?(url: string): void;
  onLocaleChange?(locale: Locale): void;
  onSignOut?(): void;
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case "inbox":
      return <InboxPage />;
    case "case":
      return <CasePage id={route.id} />;
    case "policies":
      return <PolicyPage />;
    case "sla":
      return <SlaPage />;
    case "team":
      return <TeamPage />;
    case "dashboard":
      return (
        <Suspense fallback={null}>
          <DashboardPage />
        </Suspense>
      );
    default: {
      const never: never = route;
      throw new Error(`unknown route ${JSON.stringify(never)}`);
    }
  }
}

/** How links inside the console move: the host's navigation and the `href` a path gets. */
const NavContext = createContext<{
  navigate(path: string): void;
  href(path: string): string;
  onFollow(): void;
}>({
  navigate: () => {},
  href: (p) => p,
  onFollow: () => {},
});

/** Polaris' link component: in-console paths navigate without a page load; other URLs open a tab. */
function AdminLink({
  children,
  url,
  external,
  ...rest
}: { children?: ReactNode; url: string; external?: boolean } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { navigate, href, onFollow } = useContext(NavContext);
  if (external || /^(https?:|blob:)/.test(url)) {
    return (
      <a href={url} target="_blank" rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a
      {...rest}
      href={href(url)}
      onClick={(event) => {
        rest.onClick?.(event);
        if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        onFollow();
        navigate(url);
      }}
    >
      {children}
    </a>
  );
}

/** The console: Polaris app frame, navigation and the screen of the current path. */
export function AdminApp(props: AdminAppProps) {
  const { api, locale, timeZone, identity, path, navigate, href, orderUrl, openUrl } = props;
  const [userMenuOpen, setUserMenuOpen] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  const route = parseRoute(path);
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const context = useMemo<AdminContextValue>(
    () => ({
      api,
      locale,
      timeZone,
      identity,
      navigate,
      href,
      ...(orderUrl ? { orderUrl } : {}),
      ...(openUrl ? { openUrl } : {}),
    }),
    [api, locale, timeZone, identity, navigate, href, orderUrl, openUrl],
  );

  const nav = useMemo(() => ({ navigate, href, onFollow: () => setNavOpen(false) }), [navigate, href]);
  const showNavigation = props.showNavigation ?? true;
  const otherLocale: Locale = locale === "en" ? "zh-Hans" : "en";
  const userMenu = (
    <TopBar.UserMenu
      name={identity.staffId ?? t("app.title")}
      detail={identity.role ? codeLabel(locale, "role", identity.role) : (identity.storeName ?? "")}
      initials={(identity.staffId ?? "A").slice(0, 1).toUpperCase()}
      open={userMenuOpen}
      onToggle={() => setUserMenuOpen((o) => !o)}
      actions={[
        {
          items: [
            ...(props.onLocaleChange
              ? [
                  {
                    content: otherLocale === "en" ? "English" : "简体中文",
                    onAction: () => props.onLocaleChange?.(otherLocale),
                  },
                ]
              : []),
            ...(props.onSignOut ? [{ content: t("nav.signOut"), onAction: props.onSignOut }] : []),
          ],
        },
      ]}
    />
  );
  const navigation = (
    <Navigation location={routePath(route)}>
      <Navigation.Section
        items={[
          { url: "/", label: t("nav.inbox"), selected: route.name === "inbox" || route.name === "case" },
          { url: "/dashboard", label: t("nav.dashboard"), selected: route.name === "dashboard" },
          { url: "/policies", label: t("nav.policies"), selected: route.name === "policies" },
          { url: "/sla", label: t("nav.sla"), selected: route.name === "sla" },
          // Team & alerts is for managers and admins; an older server that does not say the role shows it.
          ...(identity.role === "agent"
            ? []
            : [{ url: "/team", label: t("nav.team"), selected: route.name === "team" }]),
        ]}
      />
    </Navigation>
  );

  return (
    <NavContext.Provider value={nav}>
      <AppProvider i18n={locale === "en" ? enPolaris : zhPolaris} linkComponent={AdminLink}>
        <AdminContext.Provider value={context}>
          {showNavigation ? (
            <Frame
              topBar={
                <TopBar
                  showNavigationToggle
                  userMenu={userMenu}
                  onNavigationToggle={() => setNavOpen((o) => !o)}
                />
              }
              navigation={navigation}
              showMobileNavigation={navOpen}
              onNavigationDismiss={() => setNavOpen(false)}
            >
              <div lang={locale}>
                <Screen route={route} />
              </div>
            </Frame>
          ) : (
            <Frame>
              <div lang={locale}>
                <Screen route={route} />
              </div>
            </Frame>
          )}
        </AdminContext.Provider>
      </AppProvider>
    </NavContext.Provider>
  );
}
