// A graphql-codegen schema loader: the committed Admin API introspection is gzipped JSON, which
// codegen cannot read on its own. Also used by the tests that validate every document offline.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { buildClientSchema } from "graphql";

export const SCHEMA_FILE = new URL("./admin-2026-10.schema.json.gz", import.meta.url);

export function readIntrospection() {
  return JSON.parse(gunzipSync(readFileSync(SCHEMA_FILE)).toString("utf8"));
}

export default function loadSchema() {
  return buildClientSchema(readIntrospection().data);
}
