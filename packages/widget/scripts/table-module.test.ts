import { expect, test } from "vitest";
import { tableModule } from "./table-module.js";

test("writes numbered texts as an array and keeps the groups", () => {
  expect(tableModule("en", { 1: "b", 0: "a", status: { submitted: "Submitted" } })).toBe(
    'export const en = Object.assign(["a","b"], {"status":{"submitted":"Submitted"}});\n',
  );
});

test("refuses a table whose texts are not numbered 0…n-1", () => {
  expect(() => tableModule("en", { 0: "a", 2: "c" })).toThrow("en: the texts are not numbered 0…n-1");
});
