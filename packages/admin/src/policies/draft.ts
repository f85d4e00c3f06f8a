import type { FieldError } from "../api/types.js";

type Json = Record<string, unknown>;

/** The value at a dotted path of a JSON object (`window.days`), or undefined. */
export function getPath(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Json)[part];
  }
  return node;
}

/** A copy of `doc` with `value` at the dotted path (objects created on the way; `undefined` deletes). */
export function setPath(doc: Json, path: string, value: unknown): Json {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return doc;
  const copy: Json = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child =
    typeof copy[head] === "object" && copy[head] !== null && !Array.isArray(copy[head])
      ? (copy[head] as Json)
      : {};
  copy[head] = setPath(child, rest.join("."), value);
  return copy;
}

/** The messages of the field errors at `path` or below it (`window` matches `window.days`). */
export function errorsAt(errors: readonly FieldError[], path: string): string | undefined {
  const hits = errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`)).map((e) => e.message);
  return hits.length > 0 ? hits.join("; ") : undefined;
}

/** Parses the JSON view; an object or a message saying what is wrong. */
export function parseJsonObject(text: string): { ok: true; value: Json } | { ok: false; message: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return { ok: false, message: "expected an object { … }" };
    return { ok: true, value: value as Json };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
