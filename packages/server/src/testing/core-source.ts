// Tests resolve `@aftersales/core` to core's source (see vitest.config.ts). Folders that landed in
// core but are not yet re-exported from its index are added here until they are.
export * from "../../../core/src/index.js";
export * from "../../../core/src/ports/index.js";
