"use client";

import type { Table } from "@tanstack/react-table";
import { DownloadIcon, SearchIcon } from "lucide-react";
import type { ReactNode } from "react";

import { downloadCsv, tableToCsv } from "@/components/data-table/data-table-csv";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type DataTableToolbarProps<TData> = {
  table: Table<TData>;
  filterable: boolean;
  filterPlaceholder: string;
  /** Accessible name of the filter box. */
  filterLabel: string;
  csvFilename?: string;
  actions?: ReactNode;
};

export function DataTableToolbar<TData>({
  table,
  filterable,
  filterPlaceholder,
  filterLabel,
  csvFilename,
  actions,
}: DataTableToolbarProps<TData>) {
  if (!filterable && !csvFilename && !actions) return null;
  const filter = String(table.getState().globalFilter ?? "");
  const exportRowCount = table.getPrePaginationRowModel().rows.length;

  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      {filterable ? (
        <div className="relative w-full max-w-xs">
          <SearchIcon
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden
          />
          <Input
            type="search"
            aria-label={filterLabel}
            placeholder={filterPlaceholder}
            value={filter}
            onChange={(event) => table.setGlobalFilter(event.target.value)}
            className="h-8 pl-8"
          />
        </div>
      ) : (
        <span />
      )}
      <div className="flex items-center gap-2">
        {actions}
        {csvFilename && (
          <Button
            variant="outline"
            size="sm"
            disabled={exportRowCount === 0}
            onClick={() => downloadCsv(tableToCsv(table), csvFilename)}
          >
            <DownloadIcon aria-hidden />
            Export CSV
            <span className="sr-only">
              ({exportRowCount} {exportRowCount === 1 ? "row" : "rows"})
            </span>
          </Button>
        )}
      </div>
    </div>
  );
}
