/**
 * `@aftersales/admin` — the staff console (React + Polaris) as a library: hosts such as the Shopify
 * app mount it into an element and pass their own token and navigation. The standalone page
 * (`/admin` on the server) is built from `main.tsx` and uses the same entry.
 */
import "@shopify/polaris/build/esm/styles.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { createApi } from "./api/client.js";
import { AdminRoot } from "./app/root.js";
import { type Locale, pickLocale } from "./i18n/index.js";

export { ApiError, type ApiOptions } from "./api/client.js";
export type { Locale } from "./i18n/index.js";

/** How a host embeds the console. */
export interface MountOptions {
  /** Base URL of the Aftersales API without `/v1` (`""`: same origin). */
  readonly apiBase: string;
  /** The staff credential for each request: an API key, or a platform session token the server accepts. */
  readonly getToken: () => string | Promise<string>;
  /** `en` or `zh-Hans` (other tags are matched: `zh-CN` → `zh-Hans`, anything else → `en`). */
  readonly locale?: string;
  /**
   * Called with the console's path (`/cases/cas_1`) when staff move inside it, e.g. to update the
   * Shopify admin's URL through App Bridge. Without it, the console keeps its path in `location.hash`.
   */
  readonly navigate?: (path: string) => void;
  /** The path to open first (default `/`, or the hash when `navigate` is not given). */
  readonly path?: string;
  /** Staff id to use while the server has no `GET /v1/staff/me`. */
  readonly staffId?: string;
  /** The store's IANA time zone, if the host knows it better than the server. */
  readonly timeZone?: string;
  /** Show the console's own navigation (default true; a host with its own navigation turns it off). */
  readonly showNavigation?: boolean;
  /** Called when staff sign out from the user menu (the item is shown only when given). */
  readonly onSignOut?: () => void;
  /**
   * The store platform's page of an order, from the order's platform id (as cases carry it), so the
   * order number on a case and in the inbox opens the order where staff refund and ship it. Return
   * `undefined` for an id the host cannot link; without this option order numbers are plain text.
   *
   * Links open in the host's top window (`target="_top"`), never inside the console's frame. For the
   * Shopify admin return `shopify://admin/orders/<numeric id>`: App Bridge handles that scheme on
   * anchors and navigates the admin around the embedded app.
   *
   * @example orderUrl: (id) => `https://shop.example/wp-admin/post.php?post=${id}&action=edit`
   */
  readonly orderUrl?: (orderId: string) => string | undefined;
  /**
   * Opens a URL from {@link MountOptions.orderUrl} instead of following the link, for hosts that
   * navigate through their own API (e.g. App Bridge's `open(url, "_top")`). Modified clicks
   * (Ctrl/⌘/Shift) still follow the link.
   */
  readonly openUrl?: (url: string) => void;
}

/** A mounted console. */
export interface AdminHandle {
  /** Shows the screen of `path` (for a host whose own history changed, e.g. the back button). */
  navigate(path: string): void;
  setLocale(locale: string): void;
  unmount(): void;
}

const hashPath = () => (typeof location === "undefined" ? "/" : location.hash.replace(/^#/, "") || "/");

/**
 * Mounts the staff console into `element`. Each request carries `Authorization: Bearer
 * <getToken()>`; the console talks only to the HTTP API.
 */
export function mountAdmin(element: Element, options: MountOptions): AdminHandle {
  const api = createApi({ apiBase: options.apiBase, getToken: options.getToken });
  const root = createRoot(element);
  const hosted = options.navigate !== undefined;
  let path = options.path ?? (hosted ? "/" : hashPath());
  let locale: Locale = pickLocale(
    options.locale ?? (typeof navigator === "undefined" ? "en" : navigator.language),
  );

  const render = () =>
    root.render(
      createElement(AdminRoot, {
        api,
        locale,
        path,
        navigate: go,
        href: (p: string) => (hosted ? p : `#${p}`),
        ...(options.staffId ? { staffId: options.staffId } : {}),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        ...(options.showNavigation === undefined ? {} : { showNavigation: options.showNavigation }),
        ...(options.orderUrl ? { orderUrl: options.orderUrl } : {}),
        ...(options.openUrl ? { openUrl: options.openUrl } : {}),
        onLocaleChange: (next: Locale) => {
          locale = next;
          if (typeof document !== "undefined" && !hosted) document.documentElement.lang = next;
          render();
        },
        ...(options.onSignOut ? { onSignOut: options.onSignOut } : {}),
      }),
    );

  function show(next: string) {
    path = next || "/";
    render();
    if (typeof window !== "undefined") window.scrollTo?.(0, 0);
  }
  function go(next: string) {
    if (hosted) {
      options.navigate?.(next);
      show(next);
    } else if (hashPath() !== next) location.hash = next;
    else show(next);
  }
  const onHash = () => show(hashPath());
  if (!hosted && typeof window !== "undefined") window.addEventListener("hashchange", onHash);
  render();
  return {
    navigate: show,
    setLocale(next) {
      locale = pickLocale(next);
      render();
    },
    unmount() {
      if (!hosted && typeof window !== "undefined") window.removeEventListener("hashchange", onHash);
      root.unmount();
    },
  };
}
