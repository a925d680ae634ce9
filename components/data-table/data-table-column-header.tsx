"use client";

import type { Column } from "@tanstack/react-table";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export type DataTableColumnHeaderProps<TData, TValue> = {
  column: Column<TData, TValue>;
  title: string;
  className?: string;
};

/**
 * A header that sorts its column when clicked (Shift+click adds it to a multi-column sort).
 * DataTable puts `aria-sort` on the enclosing <th>, which is where screen readers look for it.
 * Use as `header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" />`.
 */
export function DataTableColumnHeader<TData, TValue>({ column, title, className }: DataTableColumnHeaderProps<TData, TValue>) {
  if (!column.getCanSort()) return <span className={className}>{title}</span>;

  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? ArrowUpIcon : sorted === "desc" ? ArrowDownIcon : ArrowUpDownIcon;
  const next = column.getNextSortingOrder();
  const hint = next === "asc" ? "sort ascending" : next === "desc" ? "sort descending" : "remove sorting";

  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      className={cn("-ml-3 h-8 data-[sorted=true]:text-foreground", className)}
      data-sorted={sorted !== false}
      onClick={column.getToggleSortingHandler()}
      title={`${title}: ${hint}`}
    >
      <span>{title}</span>
      <Icon className={cn("size-3.5", sorted === false && "opacity-50")} aria-hidden />
    </Button>
  );
}
