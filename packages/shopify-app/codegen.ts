import type { CodegenConfig } from "@graphql-codegen/cli";

// Types for every operation in src/graphql/documents.ts, generated offline from the committed
// Admin API schema (`pnpm codegen`). The output is committed; the documents test fails when a
// document no longer validates against the schema.
const config: CodegenConfig = {
  overwrite: true,
  schema: { "admin-2026-10": { loader: "./graphql/load-schema.mjs" } },
  documents: ["src/graphql/documents.ts"],
  generates: {
    "src/graphql/admin.gen.ts": {
      plugins: ["typescript-operations"],
      config: {
        enumsAsTypes: true,
        avoidOptionals: false,
        useTypeImports: true,
        scalars: {
          ID: "string",
          DateTime: "string",
          Date: "string",
          Decimal: "string",
          Money: "string",
          URL: "string",
          HTML: "string",
          UnsignedInt64: "string",
          JSON: "unknown",
          FormattedString: "string",
          ARN: "string",
          Color: "string",
          BigInt: "string",
          UtcOffset: "string",
        },
      },
    },
  },
};
export default config;
