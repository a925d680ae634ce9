import type { OperationFilterInput } from "./kvitka.validation";

/** TanStack Query keys of the KvitkaCard area. */
export const kvitkaKeys = {
  all: ["kvitka"] as const,
  operations: (filter: OperationFilterInput) => ["kvitka", "operations", filter.direction ?? "", filter.status ?? ""] as const,
  operation: (id: string) => ["kvitka", "operation", id] as const,
  limiter: ["kvitka", "limiter"] as const,
};
