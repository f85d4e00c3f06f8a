import { afterEach, expect, test } from "vitest";
import { newIdempotencyKey } from "./storage.js";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  // Back to the prototype's crypto.randomUUID.
  delete (crypto as { randomUUID?: unknown }).randomUUID;
});

test("idempotency keys are UUID v4, from crypto.randomUUID where the page is a secure context", () => {
  expect(typeof crypto.randomUUID).toBe("function");
  expect(newIdempotencyKey()).toMatch(uuid);
});

test("a plain-HTTP page (no crypto.randomUUID) still gets distinct UUID v4 keys", () => {
  Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
  const keys = Array.from({ length: 200 }, newIdempotencyKey);
  expect(keys.filter((key) => !uuid.test(key))).toEqual([]);
  expect(new Set(keys).size).toBe(200);
  // Every random position takes more than one value: nothing is stuck at the template's digit.
  const varying = [...keys[0]!].map((_, i) => new Set(keys.map((k) => k[i])).size > 1);
  expect(varying.map((v, i) => (v ? "r" : keys[0]![i])).join("")).toBe(
    "rrrrrrrr-rrrr-4rrr-rrrr-rrrrrrrrrrrr",
  );
});
