import type { Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
  icon: "overview" | "gift" | "orders" | "kard" | "webhook" | "kvitka" | "audit" | "staff" | "sandbox" | "webview" | "transactions" | "files" | "subscriptions" | "wallet" | "prepaid" | "jobs";
}

export interface NavSection {
  title: string;
  items: NavItem[];
}

/** The console's navigation; each item shows only to roles holding its permission. */
export const NAV: NavSection[] = [
  { title: "", items: [{ href: "/", label: "Overview", permission: "overview.read", icon: "overview" }] },
  {
    title: "Gift cards · KTN",
    items: [
      { href: "/gift-cards", label: "Catalogue", permission: "giftCards.read", icon: "gift" },
      { href: "/gift-cards/orders", label: "Orders", permission: "giftCards.read", icon: "orders" },
    ],
  },
  {
    title: "Rewards · Kard",
    items: [
      { href: "/kard/users", label: "Users & offers", permission: "kard.read", icon: "kard" },
      { href: "/kard/transactions", label: "Transactions", permission: "kard.read", icon: "transactions" },
      { href: "/kard/subscriptions", label: "Subscriptions", permission: "kard.read", icon: "subscriptions" },
      { href: "/kard/files", label: "Reconciliation files", permission: "kard.files.read", icon: "files" },
      { href: "/kard/webview", label: "WebView preview", permission: "kard.webview.preview", icon: "webview" },
    ],
  },
  {
    title: "Bonus exchange · KvitkaCard",
    items: [
      { href: "/kvitka", label: "Live operations", permission: "kvitka.read", icon: "kvitka" },
      { href: "/kvitka/withdraw", label: "Withdraw points", permission: "kvitka.withdraw", icon: "kvitka" },
      { href: "/kvitka/deposit", label: "Deposit a code", permission: "kvitka.deposit", icon: "kvitka" },
    ],
  },
  {
    title: "Virtual cards · Kazawallet",
    items: [
      { href: "/wallet", label: "Cards", permission: "kazawallet.read", icon: "wallet" },
      { href: "/wallet/three-ds", label: "3DS confirmations", permission: "kazawallet.read", icon: "wallet" },
      { href: "/wallet/payment-links", label: "Payment links", permission: "kazawallet.read", icon: "wallet" },
      { href: "/wallet/payouts", label: "Payouts & transfers", permission: "kazawallet.read", icon: "wallet" },
      { href: "/wallet/balances", label: "Balances & rates", permission: "kazawallet.read", icon: "wallet" },
      { href: "/wallet/gift-codes", label: "Gift codes", permission: "kazawallet.read", icon: "wallet" },
    ],
  },
  {
    title: "Prepaid · Open Loyalty Pay",
    items: [{ href: "/prepaid", label: "Prepaid cards", permission: "openLoyalty.read", icon: "prepaid" }],
  },
  {
    title: "Records",
    items: [
      { href: "/audit", label: "Audit history", permission: "audit.read", icon: "audit" },
      { href: "/webhooks", label: "Webhook inbox", permission: "webhooks.read", icon: "webhook" },
    ],
  },
  {
    title: "Settings",
    items: [
      { href: "/settings/staff", label: "Staff", permission: "staff.manage", icon: "staff" },
      { href: "/settings/sandbox", label: "Providers & sandbox", permission: "providers.read", icon: "sandbox" },
      { href: "/settings/jobs", label: "Jobs", permission: "jobs.read", icon: "jobs" },
    ],
  },
];
