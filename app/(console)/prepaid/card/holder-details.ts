import type { CustomerInfo } from "@/lib/providers/open-loyalty/schemas";

/** Labels of the `customerInfo` fields (the wire names, docs/providers/open-loyalty.md) as operators read them. */
const LABELS: Record<string, string> = {
  customerType: "Holder type",
  firstName: "First name",
  lastName: "Last name",
  address1: "Address",
  address2: "Address (line 2)",
  city: "City",
  state: "State",
  postalCode: "Postal code",
  country: "Country",
  phone: "Phone",
  email: "Email",
  isMobile: "Mobile phone",
  mailPref: "Mail",
  phonePref: "Phone calls",
  emailPref: "Email",
  birthday: "Birthday",
  anniversary: "Anniversary",
  gender: "Gender",
};

const HOLDER_TYPES: Record<string, string> = { "1": "Primary account holder", "2": "Alternate", "3": "Giver of the card" };
const OPT: Record<string, string> = { I: "Opted in", O: "Opted out" };
const YES_NO: Record<string, string> = { Y: "Yes", N: "No" };

function decoded(key: string, value: unknown): string {
  const text = String(value);
  if (key === "customerType") return HOLDER_TYPES[text] ?? text;
  if (key.endsWith("Pref")) return OPT[text] ?? text;
  if (key === "isMobile") return YES_NO[text] ?? text;
  if ((key === "birthday" || key === "anniversary") && /^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  return text;
}

/**
 * A card holder's details as label / value rows, codes decoded (holder type 1–3, opt-in I/O, Y/N,
 * YYYYMMDD dates); preferences are labelled "… (preference)" so Email the address and Email the
 * preference stay apart. Unknown fields keep their wire name.
 */
export function holderDetails(info: CustomerInfo): { label: string; value: string }[] {
  return Object.entries(info)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => ({
      label: key.endsWith("Pref") ? `${LABELS[key] ?? key} (preference)` : (LABELS[key] ?? key),
      value: decoded(key, value),
    }));
}
