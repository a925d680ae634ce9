import type { RowData, SortingFn } from "@tanstack/react-table";

// Options DataTable adds to TanStack Table: column `meta` fields and named sorting functions.
declare module "@tanstack/react-table" {
  // Type parameters must match the declaration being merged, even where unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's <th> and <td>s, e.g. "text-right" for amounts. */
    className?: string;
    /** Header text in the CSV file; defaults to a string `header`, else the column id. */
    csvHeader?: string;
    /** Leave the column out of the CSV export (e.g. an actions column with an accessor). */
    csvExclude?: boolean;
  }

  interface SortingFns {
    /** Numeric order for decimal strings ("100" after "12.50"); use `sortingFn: "decimal"` on amount columns. */
    decimal: SortingFn<unknown>;
  }
}

export {};
