import { readFileSync } from "node:fs";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { adminSchema, requiredScopes, satisfies } from "../testing/schema.js";
import { ADMIN_DOCUMENTS } from "./documents.js";

const toml = readFileSync(new URL("../../shopify.app.toml", import.meta.url), "utf8");
const tomlScopes = /^scopes = "([^"]*)"/m.exec(toml)![1]!.split(",");

describe("GraphQL documents against the committed Admin API 2026-10 schema", () => {
  for (const [name, document] of Object.entries(ADMIN_DOCUMENTS)) {
    it(`${name} is valid`, () => {
      const ast = parse(document);
      expect(validate(adminSchema(), ast).map((e) => e.message)).toEqual([]);
      const operation = ast.definitions.find((d) => d.kind === "OperationDefinition");
      expect(operation && "name" in operation ? operation.name?.value : undefined).toBe(name);
    });
  }

  it("uses no deprecated field (returnRefund and the returnReason enum stay out)", () => {
    const all = Object.values(ADMIN_DOCUMENTS).join("\n");
    expect(all).not.toMatch(/returnRefund|returnReason\s*[:(]/);
  });

  it("rejects a document with a field the schema does not have (the check can fail)", () => {
    const errors = validate(adminSchema(), parse('query { order(id: "x") { id refundableAmount } }'));
    expect(errors.map((e) => e.message)).toEqual([
      'Cannot query field "refundableAmount" on type "Order". Did you mean "refundable"?',
    ]);
  });
});

describe("shopify.app.toml scopes", () => {
  const needed = Object.values(ADMIN_DOCUMENTS).flatMap((document) => requiredScopes(document));

  it("grant every scope the documents need", () => {
    const missing = needed
      .filter((anyOf) => !satisfies(tomlScopes, anyOf))
      .map((anyOf) => anyOf.join(" or "));
    expect(missing).toEqual([]);
  });

  it("ask for no scope that no document needs", () => {
    const unused = tomlScopes.filter((scope) => {
      const without = tomlScopes.filter((s) => s !== scope);
      return needed.every((anyOf) => satisfies(without, anyOf));
    });
    expect(unused).toEqual([]);
  });

  it("name webhook topics that exist in the schema's WebhookSubscriptionTopic enum", () => {
    const topicType = adminSchema().getType("WebhookSubscriptionTopic");
    const values = new Set(
      topicType && "getValues" in topicType ? topicType.getValues().map((v) => v.name) : [],
    );
    const block = /topics = \[([^\]]*)\]/.exec(toml)![1]!;
    const topics = [...block.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(topics.length).toBeGreaterThan(10);
    expect(topics.filter((t) => !values.has(t.replace("/", "_").toUpperCase()))).toEqual([]);
  });
});
