import { BlockStack, Card, DataTable, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { useT } from "../app/context.js";

/** Rows of figures under headings, as a screen shows them and a chart draws them. */
export interface TableData {
  readonly headings: readonly string[];
  readonly rows: readonly (readonly ReactNode[])[];
  /** Per column; default: the first column text, the others numeric (right-aligned). */
  readonly types?: readonly ("text" | "numeric")[];
}

/**
 * A plain table whose cells wrap, for narrow columns: Polaris' DataTable scrolls sideways there, and
 * a scrolling region needs keyboard access that DataTable does not give it.
 */
function CompactTable({ table }: { table: TableData }) {
  const cell = { padding: "var(--p-space-150) var(--p-space-100)", verticalAlign: "top" } as const;
  return (
    <table style={{ width: "100%", borderCollapse: "collapse" }}>
      <thead>
        <tr style={{ borderBottom: "var(--p-border-width-025) solid var(--p-color-border)" }}>
          {table.headings.map((h) => (
            <th key={h} scope="col" style={{ ...cell, textAlign: "start" }}>
              <Text as="span" variant="bodySm" fontWeight="semibold">
                {h}
              </Text>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions of the answer
            key={r}
            style={{ borderBottom: "var(--p-border-width-025) solid var(--p-color-border-secondary)" }}
          >
            {row.map((value, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <td key={c} style={{ ...cell, textAlign: table.types?.[c] === "numeric" ? "end" : "start" }}>
                {typeof value === "string" || typeof value === "number" ? (
                  <Text as="span" variant="bodySm">
                    {value}
                  </Text>
                ) : (
                  value
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Table({ table }: { table: TableData }) {
  return (
    <DataTable
      columnContentTypes={
        (table.types ?? table.headings.map((_, i) => (i === 0 ? "text" : "numeric"))) as (
          | "text"
          | "numeric"
        )[]
      }
      headings={[...table.headings]}
      rows={table.rows.map((row) => [...row])}
    />
  );
}

/**
 * A titled card of figures: a table, or a chart with the same data as a table under "Show data"
 * for screen readers and anyone who wants the numbers. The drawing is inert and hidden from
 * assistive technology (its SVG markup is not a valid list and has focusable parts); the table is
 * not. With no rows, `empty` is shown instead (when given).
 */
export function DataCard({
  title,
  table,
  chart,
  height = 260,
  empty,
  testId,
  compact = false,
}: {
  title: string;
  table: TableData;
  chart?: ReactNode;
  height?: number;
  empty?: string;
  testId?: string;
  /** A wrapping table for narrow columns instead of Polaris' DataTable. */
  compact?: boolean;
}) {
  const t = useT();
  const none = empty !== undefined && table.rows.length === 0;
  return (
    <Card>
      <BlockStack gap="200">
        <Text as="h2" variant="headingMd">
          {title}
        </Text>
        {none ? (
          <Text as="p" tone="subdued">
            {empty}
          </Text>
        ) : chart ? (
          <>
            {/* `inert` (not just aria-hidden): the charts contain focusable parts. React 18 passes it through as a string. */}
            <div {...{ inert: "" }} style={{ height }}>
              {chart}
            </div>
            <details>
              <summary>{t("dash.showData")}</summary>
              <Table table={table} />
            </details>
          </>
        ) : (
          <div data-testid={testId}>{compact ? <CompactTable table={table} /> : <Table table={table} />}</div>
        )}
      </BlockStack>
    </Card>
  );
}
