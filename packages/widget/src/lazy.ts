/**
 * The inner elements that do the work, loaded with dynamic `import()` as one chunk (see
 * `views.ts`). The entry a theme loads defines the public tags at once (see `define.ts`); each
 * tag loads its inner element here the first time it is connected, so a page with no widget on
 * screen pays only for the entry.
 */
const views = () => import("./views.js");
const loaders = {
  "aftersales-portal-view": () => views().then((m) => m.PortalView),
  "aftersales-return-form-view": () => views().then((m) => m.ReturnFormView),
  "aftersales-complaint-form-view": () => views().then((m) => m.ComplaintFormView),
  "aftersales-case-status-view": () => views().then((m) => m.CaseStatusView),
} as const;

/** Tags of the inner elements loaded on demand. */
export type LazyTag = keyof typeof loaders;

const pending = new Map<LazyTag, Promise<void>>();

/** Loads and defines one inner element (once; later calls share the first load). */
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
