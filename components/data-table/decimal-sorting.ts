import type { SortingFn } from "@tanstack/react-table";
import Decimal from "decimal.js";

import "@/components/data-table/table-augmentation";

function toDecimal(value: unknown): Decimal | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "string" && typeof value !== "number" && !(value instanceof Decimal)) return null;
  try {
    return new Decimal(value);
  } catch {
    return null;
  }
}

/**
 * Orders amounts numerically. TanStack's automatic sorting compares strings character by
 * character, which puts "12.50" after "100". Empty or non-decimal values sort below all numbers.
 */
export function compareDecimals(a: unknown, b: unknown): number {
  const left = toDecimal(a);
  const right = toDecimal(b);
  if (left === null || right === null) return left === right ? 0 : left === null ? -1 : 1;
  return left.comparedTo(right);
}

export const decimalSortingFn: SortingFn<unknown> = (rowA, rowB, columnId) =>
  compareDecimals(rowA.getValue(columnId), rowB.getValue(columnId));
