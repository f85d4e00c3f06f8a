import { useEffect, useRef } from "react";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { shopifyOrderAdminUrl } from "../../src/order/order-id";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return { shop: session.shop, locale: new URL(request.url).searchParams.get("locale") ?? "en" };
};

/**
 * The staff console (@aftersales/admin) inside the Shopify admin. Requests carry App Bridge's
 * session token (`shopify.idToken()`); /v1 verifies it and swaps in the staff key of that admin
 * user. Moving inside the console updates the admin's URL through App Bridge history. Order numbers
 * link to the order in the Shopify admin (`shopify://admin/orders/<id>`, opened by App Bridge in the
 * admin around the app, not inside its frame).
 */
/** The browser globals this component touches (the app is type-checked without the DOM library). */
interface BrowserWindow {
  readonly location: { readonly href: string };
  readonly history: { pushState(state: unknown, title: string, url: URL): void };
  /** App Bridge, loaded by AppProvider: `shopify.idToken()` is a fresh session token. */
  readonly shopify: { idToken(): Promise<string> };
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
}

export default function Console() {
  const { locale } = useLoaderData<typeof loader>();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const window = globalThis as unknown as BrowserWindow;
    let unmount: (() => void) | undefined;
    let cancelled = false;
    void import("@aftersales/admin").then(({ mountAdmin }) => {
      if (cancelled || !element.current) return;
      const initial = new URL(window.location.href).searchParams.get("path") ?? "/";
      const handle = mountAdmin(element.current, {
        apiBase: "",
        getToken: () => window.shopify.idToken(),
        locale,
        path: initial,
        showNavigation: true,
        orderUrl: shopifyOrderAdminUrl,
        navigate: (path) => {
          const url = new URL(window.location.href);
          url.searchParams.set("path", path);
          // App Bridge mirrors the iframe's history into the admin's address bar.
          window.history.pushState(null, "", url);
        },
      });
      const onPop = () => handle.navigate(new URL(window.location.href).searchParams.get("path") ?? "/");
      window.addEventListener("popstate", onPop);
      unmount = () => {
        window.removeEventListener("popstate", onPop);
        handle.unmount();
      };
    });
    return () => {
      cancelled = true;
      unmount?.();
    };
  }, [locale]);
  return <div ref={element} />;
}
