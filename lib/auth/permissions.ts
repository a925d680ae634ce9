import type { Role } from "./roles";

const ALL: readonly Role[] = ["ADMIN", "OPERATOR", "SUPPORT", "VIEWER"];
const STAFF: readonly Role[] = ["ADMIN", "OPERATOR", "SUPPORT"];
const MONEY: readonly Role[] = ["ADMIN", "OPERATOR"];
const ADMIN: readonly Role[] = ["ADMIN"];

/**
 * The one permission matrix: every server action, page and data route asks `can(role, p)`.
 * Money moves and provider writes are ADMIN/OPERATOR; customer-support reads and non-monetary
 * fixes add SUPPORT; VIEWER browses only.
 */
export const PERMISSIONS = {
  "overview.read": ALL,
  "audit.read": STAFF,
  "audit.export": ["ADMIN", "SUPPORT"],
  "staff.manage": ADMIN,
  "providers.read": ALL,
  "sandbox.control": MONEY,
  "webhooks.read": STAFF,
  "webhooks.reprocess": MONEY,
  "jobs.read": ALL,
  "jobs.run": ADMIN,

  "giftCards.read": ALL,
  "giftCards.purchase": MONEY,
  "giftCards.refresh": STAFF,
  "giftCards.reconcile": STAFF,
  "giftCards.credentials.reveal": STAFF,
  "giftCards.refund": MONEY,
  "giftCards.void": MONEY,

  "kard.read": ALL,
  "kard.users.manage": MONEY,
  "kard.offers.activate": STAFF,
  "kard.transactions.submit": MONEY,
  "kard.transactions.reconcile": MONEY,
  "kard.subscriptions.manage": ADMIN,
  "kard.files.read": STAFF,
  "kard.webview.preview": ALL,
  "kard.webview.themes.manage": MONEY,

  "kvitka.read": ALL,
  "kvitka.withdraw": MONEY,
  "kvitka.deposit": MONEY,
  "kvitka.operations.resolve": MONEY,

  "kazawallet.read": ALL,
  "kazawallet.cards.issue": MONEY,
  "kazawallet.cards.topUp": MONEY,
  "kazawallet.cards.lock": STAFF,
  "kazawallet.cards.cancel": MONEY,
  "kazawallet.cards.reconcile": STAFF,
  "kazawallet.threeDs.validate": STAFF,
  "kazawallet.links.create": MONEY,
  "kazawallet.payouts.create": MONEY,
  "kazawallet.requests.resolve": MONEY,
  "kazawallet.giftCodes.manage": MONEY,
  "openLoyalty.read": ALL,
  "openLoyalty.cards.activate": MONEY,
  "openLoyalty.money.move": MONEY,
  "openLoyalty.points.move": MONEY,
  "openLoyalty.reconcile": MONEY,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
