import { createContext, useContext } from "react";
import type { Api } from "../api/client.js";
import type { Capabilities } from "../api/types.js";
import { type Locale, type MessageKey, type MessageParams, translate } from "../i18n/index.js";

/** Who is signed in, as far as the server tells (or the sign-in form said). */
export interface Identity {
  readonly staffId: string | undefined;
  readonly role: string | undefined;
  readonly storeName: string | undefined;
  /** The store's platform (`shopify`, `demo` …), undefined when the server does not say. */
  readonly platform?: string | undefined;
  /** What the platform can do; without it the console offers no platform action, only records. */
  readonly capabilities?: Capabilities | undefined;
}

/** What every screen needs: the API, the language, the store's zone, who is signed in, navigation. */
export interface AdminContextValue {
  readonly api: Api;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly identity: Identity;
  navigate(path: string): void;
  /** The `href` of a path (hash URL standalone, the host's path embedded). */
  href(path: string): string;
  /** The platform's page of an order, when the host links orders (see `MountOptions.orderUrl`). */
  orderUrl?(orderId: string): string | undefined;
  /** Opens a platform URL through the host instead of a plain link (see `MountOptions.openUrl`). */
  openUrl?(url: string): void;
}

/** @internal */
export const AdminContext = createContext<AdminContextValue | null>(null);

/** The console's context; only inside {@link AdminContext}. */
export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error("useAdmin() outside the admin app");
  return value;
}

/** The translator of the current locale. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const { locale } = useAdmin();
  return (key, params) => translate(locale, key, params);
}
