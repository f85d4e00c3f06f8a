import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import {
  buildClientSchema,
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  type IntrospectionQuery,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";

/** The committed Admin API introspection (from `@shopify/dev-mcp`), path relative to this file. */
export const SCHEMA_FILE = new URL("../../graphql/admin-2026-10.schema.json.gz", import.meta.url);

interface ScopeItem {
  readonly type: "type" | "field";
  readonly typeName: string;
  readonly fieldName?: string;
  readonly offlineScopes: readonly string[];
}

interface SchemaFile {
  readonly data: IntrospectionQuery;
  readonly offline_scopes: { readonly items: readonly ScopeItem[] };
}

let cached: { schema: GraphQLSchema; scopes: readonly ScopeItem[] } | undefined;

function load() {
  if (!cached) {
    const file = JSON.parse(gunzipSync(readFileSync(SCHEMA_FILE)).toString("utf8")) as SchemaFile;
    cached = { schema: buildClientSchema(file.data), scopes: file.offline_scopes.items };
  }
  return cached;
}

/** The Admin API schema the package targets, built once per process. */
export function adminSchema(): GraphQLSchema {
  return load().schema;
}

/**
 * Scopes the schema metadata does not carry but Shopify's reference documents: `refundCreate`
 * requires the `orders` access scope (write_orders).
 */
const DOCUMENTED_SCOPES: Readonly<Record<string, readonly string[]>> = {
  "Mutation.refundCreate": ["write_orders"],
};

/**
 * What a document needs: one entry per requirement, each a list of scopes any one of which
 * satisfies it (Shopify's "read_orders or read_marketplace_orders").
 */
export function requiredScopes(document: string | DocumentNode): string[][] {
  const { schema, scopes } = load();
  const byType = new Map<string, readonly string[]>();
  const byField = new Map<string, readonly string[]>();
  for (const item of scopes) {
    if (item.offlineScopes.length === 0) continue;
    if (item.type === "type") byType.set(item.typeName, item.offlineScopes);
    else byField.set(`${item.typeName}.${item.fieldName}`, item.offlineScopes);
  }
  for (const [key, value] of Object.entries(DOCUMENTED_SCOPES)) byField.set(key, value);
  const needs = new Map<string, string[]>();
  const typeInfo = new TypeInfo(schema);
  const ast = typeof document === "string" ? parse(document) : document;
  visit(
    ast,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        const fieldScopes = byField.get(`${parent.name}.${field.name}`);
        if (fieldScopes) needs.set(fieldScopes.join("|"), [...fieldScopes]);
        const named = getNamedType(field.type);
        const typeScopes = isObjectType(named) ? byType.get(named.name) : undefined;
        if (typeScopes) needs.set(typeScopes.join("|"), [...typeScopes]);
      },
    }),
  );
  return [...needs.values()];
}

/** True when `granted` satisfies a requirement; a `write_x` scope implies `read_x`. */
export function satisfies(granted: readonly string[], anyOf: readonly string[]): boolean {
  const effective = new Set(granted);
  for (const scope of granted) if (scope.startsWith("write_")) effective.add(`read_${scope.slice(6)}`);
  return anyOf.some((scope) => effective.has(scope));
}
