/**
 * Settings writes made by this process, counted per store: a cache of a store's settings (policy,
 * SLA policy, calendars, the store row) compares the count it was filled at with the current one,
 * so this process never serves its own superseded settings. Other processes notice a change by
 * their cache's time limit (see `loadStoreContext`).
 */
const generations = new Map<string, number>();

/** Records that a store's settings changed; every write to settings in `storage/` calls it. */
export function noteSettingsChanged(tenantId: string): void {
  generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
}

/** How many settings writes this process made for the store so far. */
export function settingsGeneration(tenantId: string): number {
  return generations.get(tenantId) ?? 0;
}
