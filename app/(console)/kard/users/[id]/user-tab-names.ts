/** The user page's tabs, also its `?tab=` values. */
export const USER_TABS = ["offers", "locations", "rewards", "transactions"] as const;
export type UserTab = (typeof USER_TABS)[number];
