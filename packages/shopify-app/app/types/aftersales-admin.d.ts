// What the embedded app uses of `@aftersales/admin` (its `mountAdmin` library entry). The admin
// package's own declarations are built after this app is type-checked in the workspace order, so
// the app checks against this narrow view; the admin's `MountOptions` is the source of truth.
declare module "@aftersales/admin" {
  export interface AdminHandle {
    navigate(path: string): void;
    setLocale(locale: string): void;
    unmount(): void;
  }
  export function mountAdmin(
    element: object,
    options: {
      readonly apiBase: string;
      readonly getToken: () => string | Promise<string>;
      readonly locale?: string;
      readonly navigate?: (path: string) => void;
      readonly path?: string;
      readonly showNavigation?: boolean;
      /** The platform's page of an order from its platform id (`shopify://admin/orders/<id>`). */
      readonly orderUrl?: (orderId: string) => string | undefined;
      /** Opens such a URL through the host instead of following the link. */
      readonly openUrl?: (url: string) => void;
    },
  ): AdminHandle;
}
