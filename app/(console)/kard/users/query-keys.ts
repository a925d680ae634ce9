import type { OfferFilters } from "@/lib/providers/kard/operations/offers";

/** TanStack Query keys of the Kard users area. */
export const kardUserKeys = {
  all: ["kard", "users"] as const,
  offers: (userId: string, filters: OfferFilters) => ["kard", "users", userId, "offers", filters] as const,
  offersOf: (userId: string) => ["kard", "users", userId, "offers"] as const,
  locations: (userId: string, centre: { latitude: number; longitude: number; radius: number }) => ["kard", "users", userId, "locations", centre] as const,
  earnedRewards: (userId: string, after: string | null) => ["kard", "users", userId, "earned-rewards", after] as const,
};
