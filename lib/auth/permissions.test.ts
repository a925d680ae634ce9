import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, can, type Permission } from "./permissions";
import { ROLES, type Role } from "./roles";

const Y = true;
const _ = false;

/**
 * The expected matrix, written from the house rule rather than copied from PERMISSIONS: money moves
 * and provider writes are ADMIN + OPERATOR; support reads and non-monetary fixes add SUPPORT;
 * VIEWER only browses; staff.manage and kard.subscriptions.manage are ADMIN only; audit.export is
 * ADMIN + SUPPORT.
 */
const EXPECTED: Record<Permission, readonly [admin: boolean, operator: boolean, support: boolean, viewer: boolean]> = {
  //                                ADMIN OPER SUPP VIEW
  "overview.read":                [ Y,    Y,   Y,   Y ],
  "audit.read":                   [ Y,    Y,   Y,   _ ],
  "audit.export":                 [ Y,    _,   Y,   _ ],
  "staff.manage":                 [ Y,    _,   _,   _ ],
  "providers.read":               [ Y,    Y,   Y,   Y ],
  "sandbox.control":              [ Y,    Y,   _,   _ ],
  "webhooks.read":                [ Y,    Y,   Y,   _ ],
  "webhooks.reprocess":           [ Y,    Y,   _,   _ ],
  "jobs.read":                    [ Y,    Y,   Y,   Y ],
  "jobs.run":                     [ Y,    _,   _,   _ ],

  "giftCards.read":               [ Y,    Y,   Y,   Y ],
  "giftCards.purchase":           [ Y,    Y,   _,   _ ],
  "giftCards.refresh":            [ Y,    Y,   Y,   _ ],
  "giftCards.reconcile":          [ Y,    Y,   Y,   _ ],
  "giftCards.credentials.reveal": [ Y,    Y,   Y,   _ ],
  "giftCards.refund":             [ Y,    Y,   _,   _ ],
  "giftCards.void":               [ Y,    Y,   _,   _ ],

  "kard.read":                    [ Y,    Y,   Y,   Y ],
  "kard.users.manage":            [ Y,    Y,   _,   _ ],
  "kard.offers.activate":         [ Y,    Y,   Y,   _ ],
  "kard.transactions.submit":     [ Y,    Y,   _,   _ ],
  "kard.transactions.reconcile":  [ Y,    Y,   _,   _ ],
  "kard.subscriptions.manage":    [ Y,    _,   _,   _ ],
  "kard.files.read":              [ Y,    Y,   Y,   _ ],
  "kard.webview.preview":         [ Y,    Y,   Y,   Y ],
  "kard.webview.themes.manage":   [ Y,    Y,   _,   _ ],

  "kvitka.read":                  [ Y,    Y,   Y,   Y ],
  "kvitka.withdraw":              [ Y,    Y,   _,   _ ],
  "kvitka.deposit":               [ Y,    Y,   _,   _ ],
  "kvitka.operations.resolve":    [ Y,    Y,   _,   _ ],
  "kazawallet.read":              [ Y,    Y,   Y,   Y ],
  "kazawallet.cards.issue":       [ Y,    Y,   _,   _ ],
  "kazawallet.cards.topUp":       [ Y,    Y,   _,   _ ],
  "kazawallet.cards.lock":        [ Y,    Y,   Y,   _ ],
  "kazawallet.cards.cancel":      [ Y,    Y,   _,   _ ],
  "kazawallet.cards.reconcile":   [ Y,    Y,   Y,   _ ],
  "kazawallet.threeDs.validate":  [ Y,    Y,   Y,   _ ],
  "kazawallet.links.create":      [ Y,    Y,   _,   _ ],
  "kazawallet.payouts.create":    [ Y,    Y,   _,   _ ],
  "kazawallet.requests.resolve":  [ Y,    Y,   _,   _ ],
  "kazawallet.giftCodes.manage":  [ Y,    Y,   _,   _ ],
  "openLoyalty.read":             [ Y,    Y,   Y,   Y ],
  "openLoyalty.cards.activate":   [ Y,    Y,   _,   _ ],
  "openLoyalty.money.move":       [ Y,    Y,   _,   _ ],
  "openLoyalty.points.move":      [ Y,    Y,   _,   _ ],
  "openLoyalty.reconcile":        [ Y,    Y,   _,   _ ],
};

const COLUMN: Record<Role, 0 | 1 | 2 | 3> = { ADMIN: 0, OPERATOR: 1, SUPPORT: 2, VIEWER: 3 };

describe("permission matrix", () => {
  it("covers exactly the permissions the application defines", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  const cases = ALL_PERMISSIONS.flatMap((permission) =>
    ROLES.map((role) => ({ role, permission, allowed: EXPECTED[permission][COLUMN[role]] })),
  );

  it.each(cases)("$role → $permission: $allowed", ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it("gives an unknown or missing role nothing", () => {
    for (const permission of ALL_PERMISSIONS) {
      expect(can(undefined, permission)).toBe(false);
      expect(can("SUPERUSER" as Role, permission)).toBe(false);
      expect(can("admin" as Role, permission)).toBe(false);
    }
  });
});
