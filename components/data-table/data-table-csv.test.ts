import {
  createTable,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type ColumnDef,
  type TableState,
} from "@tanstack/react-table";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { tableToCsv } from "@/components/data-table/data-table-csv";
import { decimalSortingFn } from "@/components/data-table/decimal-sorting";

type Payment = { id: string; customer: string; amount: string; createdAt: Date; tags: string[] | null };

const payments: Payment[] = [
  { id: "p1", customer: "Ada Lovelace", amount: "12.50", createdAt: new Date("2025-01-02T03:04:05Z"), tags: ["gift"] },
  { id: "p2", customer: "=HYPERLINK(\"http://x\")", amount: "-3.10", createdAt: new Date("2025-01-03T00:00:00Z"), tags: null },
  { id: "p3", customer: "Bob, Jr.", amount: "100", createdAt: new Date("2025-01-01T00:00:00Z"), tags: [] },
];

const columns: ColumnDef<Payment>[] = [
  { accessorKey: "id", header: "ID" },
  { accessorKey: "customer", header: () => "Customer", meta: { csvHeader: "Customer name" } },
  { accessorKey: "amount", header: "Amount", sortingFn: "decimal" },
  { accessorKey: "createdAt", header: "Created" },
  { accessorKey: "tags", header: "Tags" },
  { id: "internal", accessorFn: (row) => `secret-${row.id}`, header: "Internal", meta: { csvExclude: true } },
  { id: "actions", header: "Actions", cell: () => "…" },
];

function makeTable(state: Partial<TableState>) {
  const table = createTable<Payment>({
    data: payments,
    columns,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
    globalFilterFn: "includesString",
    sortingFns: { decimal: decimalSortingFn },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, ...state } }));
  return table;
}

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv).data;
}

describe("tableToCsv", () => {
  it("exports accessor values of exportable visible columns with their CSV headers", () => {
    const rows = parse(tableToCsv(makeTable({})));
    expect(rows[0]).toEqual(["ID", "Customer name", "Amount", "Created", "Tags"]);
    expect(rows[1]).toEqual(["p1", "Ada Lovelace", "12.50", "2025-01-02T03:04:05.000Z", '["gift"]']);
    expect(rows[3]).toEqual(["p3", "Bob, Jr.", "100", "2025-01-01T00:00:00.000Z", "[]"]);
    expect(rows).toHaveLength(4);
  });

  it("defuses formula cells but leaves signed amounts numeric", () => {
    const rows = parse(tableToCsv(makeTable({})));
    expect(rows[2][1]).toBe("'=HYPERLINK(\"http://x\")");
    expect(rows[2][2]).toBe("-3.10");
    expect(rows[2][4]).toBe("");
  });

  it("follows the filter and sort order and ignores pagination", () => {
    const table = makeTable({
      globalFilter: "o",
      sorting: [{ id: "amount", desc: true }],
      pagination: { pageIndex: 0, pageSize: 1 },
    });
    expect(table.getRowModel().rows).toHaveLength(1);
    const ids = parse(tableToCsv(table))
      .slice(1)
      .map((row) => row[0]);
    expect(ids).toEqual(["p3", "p1"]);
  });

  it("drops hidden columns", () => {
    const rows = parse(tableToCsv(makeTable({ columnVisibility: { createdAt: false, tags: false } })));
    expect(rows[0]).toEqual(["ID", "Customer name", "Amount"]);
  });
});
