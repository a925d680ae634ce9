import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "./state-codec";

describe("encodeState / decodeState", () => {
  it("round-trips a simulator's state through JSON text: dates, decimals, maps, sets, infinities, $-keys", () => {
    const state = {
      at: new Date("2026-05-01T10:00:00.000Z"),
      balance: new Decimal("25000.10"),
      orders: new Map<number, unknown>([[66, { id: 66, fee: new Decimal("0.6"), email: null, tags: new Set(["a"]) }]]),
      byKey: new Map([["k", 66]]),
      delay: Infinity,
      body: { $date: "not a date", nested: [1, "two", { $set: 3 }] },
      gone: undefined,
    };

    const decoded = decodeState<typeof state>(JSON.parse(JSON.stringify(encodeState(state))));

    expect(decoded).toEqual({ ...state, gone: undefined });
    expect("gone" in decoded).toBe(false);
    expect(decoded.balance).toBeInstanceOf(Decimal);
    expect(decoded.body).toEqual({ $date: "not a date", nested: [1, "two", { $set: 3 }] });
  });

  it("refuses what is not data", () => {
    expect(() => encodeState({ handler: () => 1 })).toThrow(TypeError);
    expect(() => encodeState({ error: new Error("x") })).toThrow(TypeError);
  });
});
