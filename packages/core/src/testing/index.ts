/**
 * `@aftersales/core/testing` — contract suites that every adapter runs, and the demo store.
 */
export {};
