"use client";

import type { Table } from "@tanstack/react-table";
import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, ChevronsRightIcon } from "lucide-react";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";

export type DataTablePaginationProps<TData> = {
  table: Table<TData>;
  pageSizeOptions: readonly number[];
};

export function DataTablePagination<TData>({ table, pageSizeOptions }: DataTablePaginationProps<TData>) {
  const pageSizeId = useId();
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getFilteredRowModel().rows.length;
  const pageCount = Math.max(table.getPageCount(), 1);
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min((pageIndex + 1) * pageSize, total);
  const sizes = pageSizeOptions.includes(pageSize) ? pageSizeOptions : [...pageSizeOptions, pageSize].sort((a, b) => a - b);

  return (
    <div className="flex flex-col-reverse items-center justify-between gap-3 text-sm sm:flex-row">
      <p className="text-muted-foreground" aria-live="polite">
        {total === 0 ? "No rows" : `Showing ${first}–${last} of ${total} ${total === 1 ? "row" : "rows"}`}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="flex items-center gap-2">
          <label htmlFor={pageSizeId} className="whitespace-nowrap text-muted-foreground">
            Rows per page
          </label>
          <NativeSelect
            id={pageSizeId}
            className="h-8"
            value={String(pageSize)}
            onChange={(event) => table.setPageSize(Number(event.target.value))}
            options={sizes.map((size) => ({ value: String(size), label: String(size) }))}
          />
        </div>
        <span className="whitespace-nowrap tabular-nums">
          Page {pageIndex + 1} of {pageCount}
        </span>
        <nav aria-label="Pagination" className="flex items-center gap-1">
          <Button
            variant="outline"
            size="icon"
            className="size-8"
            aria-label="First page"
            onClick={() => table.firstPage()}
            disabled={!table.getCanPreviousPage()}
          >
            <ChevronsLeftIcon aria-hidden />
          </Button>
          <Button
            variant="outline"
            size="icon"
            className="size-8"
            aria-label="Previous page"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            <ChevronLeftIcon aria-hidden />
          </Button>
          <Button
            variant="outline"
            size="icon"
            className="size-8"
            aria-label="Next page"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
          >
            <ChevronRightIcon aria-hidden />
          </Button>
          <Button
            variant="outline"
            size="icon"
            className="size-8"
            aria-label="Last page"
            onClick={() => table.lastPage()}
            disabled={!table.getCanNextPage()}
          >
            <ChevronsRightIcon aria-hidden />
          </Button>
        </nav>
      </div>
    </div>
  );
}
