"use client";

import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Header,
  type Row,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";
import { SearchXIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import type { KeyboardEvent, MouseEvent, ReactNode } from "react";

import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { decimalSortingFn } from "@/components/data-table/decimal-sorting";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

export type DataTableProps<TData, TValue> = {
  /** Column definitions. A string `header` on a sortable column becomes a sort button; see `meta` in table-augmentation.ts. */
  columns: ColumnDef<TData, TValue>[];
  data: TData[];
  /** Accessible name of the table (rendered as a visually hidden caption). */
  caption: string;
  getRowId?: (row: TData, index: number) => string;
  /** Makes rows navigate on click or Enter; Ctrl/⌘-click opens a new tab. */
  getRowHref?: (row: TData) => string | undefined;
  /** Called on row click or Enter when `getRowHref` is not given. */
  onRowClick?: (row: TData) => void;
  isLoading?: boolean;
  loadingRowCount?: number;
  /** Shown when there is no data at all (a filter with no matches gets its own message). */
  emptyState?: ReactNode;
  filterable?: boolean;
  filterPlaceholder?: string;
  /** Shows an "Export CSV" button that downloads the filtered, sorted rows under this name. */
  csvFilename?: string;
  /** Extra toolbar content, right-aligned next to the export button. */
  toolbarActions?: ReactNode;
  pageSizeOptions?: readonly number[];
  initialPageSize?: number;
  initialSorting?: SortingState;
  initialColumnVisibility?: VisibilityState;
  className?: string;
};

const DEFAULT_PAGE_SIZES = [10, 25, 50, 100] as const;

// Clicks on controls inside a row act on the control, not the row.
const INTERACTIVE = "a, button, input, select, textarea, label, summary, [role=button], [role=menuitem], [role=checkbox], [data-row-click-ignore]";

function ariaSort<TData>(header: Header<TData, unknown>): "ascending" | "descending" | "none" | undefined {
  if (!header.column.getCanSort()) return undefined;
  const sorted = header.column.getIsSorted();
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
}

/**
 * A client-side table over TanStack Table: sortable headers with `aria-sort`, a global text
 * filter, pagination, clickable rows, loading skeleton, empty state and CSV export.
 * Suited to lists that fit in the browser; server-paginated lists should filter in the URL.
 */
export function DataTable<TData, TValue>({
  columns,
  data,
  caption,
  getRowId,
  getRowHref,
  onRowClick,
  isLoading = false,
  loadingRowCount = 5,
  emptyState,
  filterable = true,
  filterPlaceholder = "Filter…",
  csvFilename,
  toolbarActions,
  pageSizeOptions = DEFAULT_PAGE_SIZES,
  initialPageSize,
  initialSorting = [],
  initialColumnVisibility = {},
  className,
}: DataTableProps<TData, TValue>) {
  const router = useRouter();
  // TanStack Table mutates one table object in place, so the React Compiler must not memoize this
  // component; the project doesn't enable the compiler, and the rule only reports that it would skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    globalFilterFn: "includesString",
    sortingFns: { decimal: decimalSortingFn },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: {
      sorting: initialSorting,
      columnVisibility: initialColumnVisibility,
      pagination: { pageIndex: 0, pageSize: initialPageSize ?? pageSizeOptions[0] ?? 10 },
    },
  });

  const clickable = Boolean(getRowHref || onRowClick);

  function activate(row: Row<TData>, newTab: boolean) {
    const href = getRowHref?.(row.original);
    if (href) {
      if (newTab) window.open(href, "_blank", "noopener");
      else router.push(href);
    } else {
      onRowClick?.(row.original);
    }
  }

  function onClick(event: MouseEvent<HTMLTableRowElement>, row: Row<TData>) {
    const target = event.target as HTMLElement;
    const control = target.closest(INTERACTIVE);
    if (control && event.currentTarget.contains(control)) return;
    if (window.getSelection()?.toString()) return;
    activate(row, event.metaKey || event.ctrlKey);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: Row<TData>) {
    if (event.key !== "Enter" || event.target !== event.currentTarget) return;
    event.preventDefault();
    activate(row, event.metaKey || event.ctrlKey);
  }

  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  const filter = String(table.getState().globalFilter ?? "");

  return (
    <div data-slot="data-table" className={cn("space-y-3", className)}>
      <DataTableToolbar
        table={table}
        filterable={filterable}
        filterPlaceholder={filterPlaceholder}
        filterLabel={`Filter ${caption}`}
        csvFilename={csvFilename}
        actions={toolbarActions}
      />
      <div className="rounded-md border">
        <Table aria-busy={isLoading || undefined}>
          <TableCaption className="sr-only">{caption}</TableCaption>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => {
                  const { header: label, meta } = header.column.columnDef;
                  return (
                    <TableHead key={header.id} colSpan={header.colSpan} aria-sort={ariaSort(header)} className={meta?.className}>
                      {header.isPlaceholder ? null : typeof label === "string" ? (
                        <DataTableColumnHeader column={header.column} title={label} />
                      ) : (
                        flexRender(label, header.getContext())
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {isLoading ? (
              Array.from({ length: loadingRowCount }, (_, index) => (
                <TableRow key={`loading-${index}`} className="hover:bg-transparent">
                  {Array.from({ length: columnCount }, (_, cell) => (
                    <TableCell key={cell}>
                      <Skeleton className="h-4 w-full max-w-40" />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            ) : rows.length === 0 ? (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={columnCount} className="p-4 whitespace-normal">
                  {filter && data.length > 0 ? (
                    <EmptyState
                      icon={SearchXIcon}
                      title="No matching rows"
                      description={`Nothing matches “${filter}”.`}
                      action={
                        <Button variant="outline" size="sm" onClick={() => table.setGlobalFilter("")}>
                          Clear filter
                        </Button>
                      }
                      className="border-0"
                    />
                  ) : (
                    (emptyState ?? <EmptyState title="Nothing here yet" className="border-0" />)
                  )}
                </TableCell>
              </TableRow>
            ) : (
              rows.map((row) => (
                <TableRow
                  key={row.id}
                  data-state={row.getIsSelected() ? "selected" : undefined}
                  tabIndex={clickable ? 0 : undefined}
                  onClick={clickable ? (event) => onClick(event, row) : undefined}
                  onKeyDown={clickable ? (event) => onKeyDown(event, row) : undefined}
                  className={cn(
                    clickable &&
                      "cursor-pointer focus-visible:bg-muted/50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
                  )}
                >
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination table={table} pageSizeOptions={pageSizeOptions} />
    </div>
  );
}
