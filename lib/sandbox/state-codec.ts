import Decimal from "decimal.js";

/** A simulator's state as plain JSON: what `Sandbox.snapshot()` returns and `restore()` takes. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Encodes a simulator's in-memory state (plain objects and arrays of strings, numbers, booleans,
 * `Date`, `Decimal`, `Map`, `Set`) as plain JSON, every non-JSON value tagged: `{$date: iso}`,
 * `{$decimal: "1.50"}`, `{$map: [[key, value]…]}`, `{$set: [value…]}`, `{$number: "Infinity"}`, and an
 * object with a `$`-key of its own as `{$object: {…}}`. `undefined` members are
 * left out, as JSON.stringify does. Shared object identities are not kept: a simulator whose state
 * relies on them maps them to ids before encoding.
 * @throws TypeError for a function, symbol, bigint or class instance (a state that is not data).
 */
export function encodeState(value: unknown): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { $number: String(value) };
    return value;
  }
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Decimal.isDecimal(value)) return { $decimal: (value as Decimal).toString() };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encodeState(k), encodeState(v)]) };
  if (value instanceof Set) return { $set: [...value].map(encodeState) };
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : encodeState(item)));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, JsonValue> = {};
    for (const [key, member] of Object.entries(value)) if (member !== undefined) out[key] = encodeState(member);
    // An object of the state's own with a `$` key (a stored request body, say) is wrapped, never read as a tag.
    return Object.keys(out).some((key) => key.startsWith("$")) ? { $object: out } : out;
  }
  throw new TypeError(`sandbox state holds a ${typeof value} that is not data`);
}

/** The inverse of {@link encodeState}. */
export function decodeState<T>(json: JsonValue): T {
  return decode(json) as T;
}

function decode(json: JsonValue): unknown {
  if (json === null || typeof json !== "object") return json;
  if (Array.isArray(json)) return json.map(decode);
  if (typeof json.$date === "string") return new Date(json.$date);
  if (typeof json.$decimal === "string") return new Decimal(json.$decimal);
  if (typeof json.$number === "string") return Number(json.$number);
  if (Array.isArray(json.$map)) return new Map((json.$map as JsonValue[][]).map(([k, v]) => [decode(k), decode(v)]));
  if (Array.isArray(json.$set)) return new Set(json.$set.map(decode));
  if (json.$object && typeof json.$object === "object" && !Array.isArray(json.$object)) return decodeMembers(json.$object);
  return decodeMembers(json);
}

function decodeMembers(json: { [key: string]: JsonValue }): Record<string, unknown> {
  return Object.fromEntries(Object.entries(json).map(([key, member]) => [key, decode(member)]));
}
