import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { kvitkaCoinsToPoints, pointsToKvitkaCoins, withinKvitkaLimits } from "./conversion";

const receiver = { currency: "UAH", multiplier: new Decimal("0.5") };
const oneToOne = { currency: "USD", multiplier: new Decimal("1") };
const thirds = { currency: "EUR", multiplier: new Decimal("3") };

describe("KvitkaCoin conversion", () => {
  it("reproduces the documentation's example: 176.32 KvitkaCoins are 88.16 points at multiplier 0.5", () => {
    expect(kvitkaCoinsToPoints("176.32", receiver).toFixed(2)).toBe("88.16");
    expect(pointsToKvitkaCoins("88.16", receiver).toFixed(2)).toBe("176.32");
  });

  it("rounds half-up to two decimals in both directions", () => {
    expect(kvitkaCoinsToPoints("1.01", receiver).toString()).toBe("0.51"); // 0.505
    expect(kvitkaCoinsToPoints("1.03", receiver).toString()).toBe("0.52"); // 0.515
    expect(pointsToKvitkaCoins("1", thirds).toString()).toBe("0.33"); // 0.333…
    expect(pointsToKvitkaCoins("2", thirds).toString()).toBe("0.67"); // 0.666…
    expect(pointsToKvitkaCoins("0.05", thirds).toString()).toBe("0.02"); // 0.01666…
  });

  it("does not go through binary floats (0.1 + 0.2 style drift)", () => {
    expect(kvitkaCoinsToPoints("0.3", { currency: "X", multiplier: new Decimal("0.1") }).toString()).toBe("0.03");
    expect(pointsToKvitkaCoins("0.3", { currency: "X", multiplier: new Decimal("0.1") }).toString()).toBe("3");
  });
});

describe("KvitkaCoin limits (1 ≤ KC ≤ 1000)", () => {
  it.each([
    ["0.99", false],
    ["1", true],
    ["1.00", true],
    ["1000", true],
    ["1000.00", true],
    ["1000.01", false],
  ])("%s KvitkaCoins within limits: %s", (kc, ok) => {
    expect(withinKvitkaLimits(kc)).toBe(ok);
  });

  it("applies the limits to the rounded amount: 0.995 points at 1:1 round to 1.00 KvitkaCoin", () => {
    expect(withinKvitkaLimits(pointsToKvitkaCoins("0.995", oneToOne))).toBe(true);
    expect(withinKvitkaLimits(pointsToKvitkaCoins("0.994", oneToOne))).toBe(false);
    expect(withinKvitkaLimits(pointsToKvitkaCoins("1000.004", oneToOne))).toBe(true);
    expect(withinKvitkaLimits(pointsToKvitkaCoins("1000.005", oneToOne))).toBe(false);
  });
});
