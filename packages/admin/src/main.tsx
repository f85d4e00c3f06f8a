import { createRoot, type Root } from "react-dom/client";
import { type Locale, pickLocale } from "./i18n/index.js";
import { mountAdmin } from "./index.js";
import { LoginPage } from "./login/login-page.js";

/**
 * The standalone console at `/admin`: sign in with a staff API key (kept in sessionStorage only, so
 * it goes when the tab closes), then the console against the same origin's API (or `?api=<url>`).
 */
const KEY = "aftersales.admin.apiKey";
const STAFF = "aftersales.admin.staffId";
const LOCALE = "aftersales.admin.locale";

const element = document.getElementById("root") as HTMLElement;
const apiBase = new URLSearchParams(location.search).get("api") ?? "";
let locale: Locale = pickLocale(sessionStorage.getItem(LOCALE) ?? navigator.language);
document.documentElement.lang = locale;

function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(STAFF);
  location.hash = "";
  location.reload();
}

function openConsole(apiKey: string, staffId: string) {
  mountAdmin(element, {
    apiBase,
    getToken: () => apiKey,
    locale,
    ...(staffId ? { staffId } : {}),
    onSignOut: signOut,
  });
}

const saved = sessionStorage.getItem(KEY);
if (saved) {
  openConsole(saved, sessionStorage.getItem(STAFF) ?? "");
} else {
  const login: Root = createRoot(element);
  const render = () =>
    login.render(
      <LoginPage
        apiBase={apiBase}
        locale={locale}
        onLocaleChange={(next) => {
          locale = next;
          sessionStorage.setItem(LOCALE, next);
          document.documentElement.lang = next;
          render();
        }}
        onSignedIn={({ apiKey, staffId }) => {
          sessionStorage.setItem(KEY, apiKey);
          if (staffId) sessionStorage.setItem(STAFF, staffId);
          login.unmount();
          openConsole(apiKey, staffId);
        }}
      />,
    );
  render();
}
