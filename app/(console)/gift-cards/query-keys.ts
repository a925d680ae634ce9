/** TanStack Query keys of the gift-card area. */
export const giftCardKeys = {
  all: ["gift-cards"] as const,
  order: (id: string) => ["gift-cards", "order", id] as const,
};
