/** A value a CSV cell can hold; objects and arrays are written as JSON. */
export type CsvValue = string | number | boolean | null | undefined | object;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Columns in order (default: the keys of the rows in order of first appearance). */
  readonly columns?: readonly string[];
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, tab or carriage return with `'`, so a
   * spreadsheet does not run customer-written text as a formula (CSV injection). Numbers are never
   * touched. Default `true`.
   */
  readonly guardFormulas?: boolean;
  /** Start with a UTF-8 byte-order mark so Excel reads Chinese text correctly. Default `false`. */
  readonly bom?: boolean;
}

const needsQuotes = /[",\r\n]/;
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: CsvValue, guard: boolean): string {
  let text: string;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") text = Number.isFinite(value) ? String(value === 0 ? 0 : value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else if (typeof value === "string") text = guard && formulaStart.test(value) ? `'${value}` : value;
  else text = JSON.stringify(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180): a header row, then one line per row, lines ended by CRLF. A cell
 * is quoted when it holds a comma, a double quote (doubled) or a line break; `null`/`undefined`
 * and non-finite numbers are empty; booleans are `true`/`false`; numbers are written as JavaScript
 * prints them (no thousands separators, `.` for decimals), so the figures match the API's JSON.
 */
export function toCsv(rows: readonly Readonly<Record<string, CsvValue>>[], options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  let columns = options.columns;
  if (columns === undefined) {
    const seen = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
    columns = [...seen];
  }
  const lines = [columns.map((c) => cell(c, guard)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c], guard)).join(","));
  return `${options.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
