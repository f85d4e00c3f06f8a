/**
 * The chunk with Lit and the inner elements that do the work (see `views.ts`), loaded with a
 * dynamic `import()` the first time any public tag is connected, so a page with no widget on
 * screen pays only for the entry (plain custom elements, no framework).
 */
let views: Promise<unknown> | undefined;

/** Loads and defines the inner elements (once; a failed load, e.g. offline, is tried again later). */
export function loadViews(): Promise<unknown> {
  views ??= import("./views.js").catch((error: unknown) => {
    views = undefined;
    throw error;
  });
  return views;
}
