import type { ReactNode } from "react";
import { useAdmin } from "../app/context.js";

/**
 * An order number that opens the order on the store's platform, when the host said where that is
 * (`MountOptions.orderUrl`); plain text otherwise. The page opens in the host's top window
 * (`target="_top"`: an embedded console must not load the platform's admin inside its own frame),
 * or through the host's `openUrl` when given. In the Shopify admin the URL is
 * `shopify://admin/orders/<id>`, which App Bridge turns into admin navigation.
 */
export function OrderLink({
  orderId,
  children,
}: {
  orderId: string | null | undefined;
  children?: ReactNode;
}) {
  const { orderUrl, openUrl } = useAdmin();
  const url = orderId ? orderUrl?.(orderId) : undefined;
  if (!url) return <>{children}</>;
  return (
    <a
      href={url}
      target="_top"
      className="aftersales-order-link"
      onClick={(event) => {
        event.stopPropagation();
        if (!openUrl || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        openUrl(url);
      }}
    >
      {children}
    </a>
  );
}
