/** TanStack Query keys of the Kard transactions area. */
export const kardTransactionKeys = {
  all: ["kard", "transactions"] as const,
  list: (userId?: string) => ["kard", "transactions", userId ?? "all"] as const,
};
