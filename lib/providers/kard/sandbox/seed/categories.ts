import type { KardCategoryOption } from "../../schemas/common";

/**
 * The ids the sandbox gives the 17 merchant categories (`commons.CategoryOption`, shared as
 * `categoryOptionSchema`). "Food & Beverage" keeps the id of the guide's "Discover Eligible New
 * Customer Offers" example (65920081b524d126068de24a).
 */
export const CATEGORY_IDS: Record<KardCategoryOption, string> = {
  "Arts & Entertainment": "65920081b524d126068de240",
  "Baby, Kids & Toys": "65920081b524d126068de241",
  "Books & Digital Media": "65920081b524d126068de242",
  "Clothing, Shoes & Accessories": "65920081b524d126068de243",
  "Computers, Electronics & Software": "65920081b524d126068de244",
  Convenience: "65920081b524d126068de245",
  Gas: "65920081b524d126068de246",
  "Department Stores": "65920081b524d126068de247",
  "Food & Beverage": "65920081b524d126068de24a",
  "Health & Beauty": "65920081b524d126068de24b",
  "Home & Garden": "65920081b524d126068de24c",
  Miscellaneous: "65920081b524d126068de24d",
  "Occasions & Gifts": "65920081b524d126068de24e",
  Pets: "65920081b524d126068de24f",
  "Sports & Outdoors": "65920081b524d126068de250",
  "Supplies & Services": "65920081b524d126068de251",
  Travel: "65920081b524d126068de252",
};
