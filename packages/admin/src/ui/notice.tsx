import { Banner } from "@shopify/polaris";
import { useEffect, useRef } from "react";

/**
 * A short confirmation ("Done: Resolve") announced politely and dismissed after a few seconds. Used
 * instead of Polaris' Toast, whose close button has no accessible name (axe: button-name).
 */
export function Notice({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    if (message === null) return;
    const timer = setTimeout(() => dismiss.current(), 5000);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div role="status">
      {message ? <Banner tone="success" title={message} onDismiss={onDismiss} /> : null}
    </div>
  );
}
