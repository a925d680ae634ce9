import type { Column, Table } from "@tanstack/react-table";

import "@/components/data-table/table-augmentation";
import { toCsv } from "@/lib/csv";

function csvHeader<TData>(column: Column<TData, unknown>): string {
  const { meta, header } = column.columnDef;
  if (meta?.csvHeader) return meta.csvHeader;
  return typeof header === "string" ? header : column.id;
}

/** The columns a CSV export contains: visible, backed by an accessor, and not opted out. */
export function exportableColumns<TData>(table: Table<TData>): Column<TData, unknown>[] {
  return table
    .getVisibleLeafColumns()
    .filter((column) => column.accessorFn !== undefined && !column.columnDef.meta?.csvExclude);
}

/**
 * CSV of every row that passes the current filters, in the current sort order, across all
 * pages (pagination is a view concern, not an export one). Cells are the columns' accessor
 * values, not their rendered output, so amounts stay as decimal strings; the one CSV writer
 * (lib/csv) neutralises formula cells.
 */
export function tableToCsv<TData>(table: Table<TData>): string {
  const columns = exportableColumns(table);
  const rows = table.getPrePaginationRowModel().rows.map((row) => columns.map((column) => row.getValue(column.id)));
  return toCsv(rows, { fields: columns.map(csvHeader) });
}

/** Saves `csv` as a file download in the browser. */
export function downloadCsv(csv: string, filename: string): void {
  // The byte-order mark makes Excel read the file as UTF-8 rather than the system code page.
  const blob = new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename.toLowerCase().endsWith(".csv") ? filename : `${filename}.csv`;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
