/** Tables the CSV export offers; the names and columns are those of core's `dashboardTables`. */
export const CSV_TABLES = [
  "daily",
  "response_times",
  "sla_attainment",
  "backlog_by_status",
  "backlog_by_age",
  "csat",
  "complaints_by_category",
  "complaints_by_product",
  "return_reasons",
  "returns_by_product",
  "spikes",
  "agents",
] as const;
/** A table of the CSV export. */
export type CsvTable = (typeof CSV_TABLES)[number];
