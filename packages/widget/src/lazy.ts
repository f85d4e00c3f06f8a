/**
 * The elements that load on demand: the entry a theme loads defines `<aftersales-portal>` at
 * once, and each of these only when a page uses it or the portal opens its flow, so the first
 * screen costs only Lit, the portal and the English texts.
 */
const loaders = {
  "aftersales-return-form": () => import("./return-form/return-form.js").then((m) => m.AftersalesReturnForm),
  "aftersales-complaint-form": () =>
    import("./complaint-form/complaint-form.js").then((m) => m.AftersalesComplaintForm),
  "aftersales-case-status": () => import("./case-status/case-status.js").then((m) => m.AftersalesCaseStatus),
} as const;

/** Tags of the elements loaded on demand. */
export type LazyTag = keyof typeof loaders;

/** Tags of the elements loaded on demand, in a stable order. */
export const lazyTags = Object.keys(loaders) as LazyTag[];

const pending = new Map<LazyTag, Promise<void>>();

/** Loads and defines one on-demand element (once; later calls share the first load). */
export function loadElement(tag: LazyTag): Promise<void> {
  let promise = pending.get(tag);
  if (!promise) {
    promise = loaders[tag]().then((element) => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    });
    // A failed chunk load (offline) may be retried on the next use.
    promise.catch(() => pending.delete(tag));
    pending.set(tag, promise);
  }
  return promise;
}

/**
 * Loads every on-demand element that appears in `root` now or later. Elements inside other
 * shadow roots are not seen: call {@link loadElement} for those.
 */
export function autoload(root: Document | ShadowRoot = document): void {
  const scan = () => {
    for (const tag of lazyTags)
      if (!customElements.get(tag) && root.querySelector(tag)) void loadElement(tag);
  };
  scan();
  new MutationObserver(scan).observe(root, { childList: true, subtree: true });
}
