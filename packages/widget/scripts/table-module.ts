/**
 * The browser bundle's form of a text table (`src/i18n/<locale>.ts`). In source a table is an
 * object keyed by `Msg` members — numbers 0…n-1 once esbuild inlines the enum — plus the groups
 * of texts named by server codes. Written as an array those numbers cost nothing: about 0.25 KB
 * gzip per locale. Lookups (`table[Msg.x]`, `table.status`) read both forms alike.
 */
export function tableModule(exportName: string, table: Record<string, unknown>): string {
  const texts: unknown[] = [];
  const groups: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    if (/^\d+$/.test(key)) texts[Number(key)] = value;
    else groups[key] = value;
  }
  if (
    texts.some((text) => typeof text !== "string") ||
    texts.length !== Object.keys(table).length - Object.keys(groups).length
  )
    throw new Error(`${exportName}: the texts are not numbered 0…n-1`);
  return `export const ${exportName} = Object.assign(${JSON.stringify(texts)}, ${JSON.stringify(groups)});\n`;
}
