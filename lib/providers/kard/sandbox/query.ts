import { badRequest } from "./json-api";

/**
 * Query-string readers that answer 400 with `source.parameter` on a bad value, as the
 * JSON:API error format documents.
 */
export function readEnum<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw badRequest(`Invalid value '${value}' for ${name}. Allowed values: ${allowed.join(", ")}.`, { parameter: name });
  }
  return value as T;
}

/** Every value of a parameter, whether repeated (`a=1&a=2`) or comma-separated (`a=1,2`). */
function readList(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

export function readEnumList<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = readList(query, name);
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw badRequest(`Invalid value '${value}' for ${name}. Allowed values: ${allowed.join(", ")}.`, { parameter: name });
    }
  }
  return values as T[];
}

export function readBoolean(query: URLSearchParams, name: string): boolean | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value !== "true" && value !== "false") {
    throw badRequest(`Invalid value '${value}' for ${name}: expected true or false.`, { parameter: name });
  }
  return value === "true";
}

export function readNumber(query: URLSearchParams, name: string, opts: { integer?: boolean } = {}): number | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || (opts.integer && !Number.isInteger(number))) {
    throw badRequest(`Invalid value '${value}' for ${name}: expected ${opts.integer ? "an integer" : "a number"}.`, {
      parameter: name,
    });
  }
  return number;
}

/** The `include` CSV, each member checked against `allowed`. */
export function readInclude(query: URLSearchParams, allowed: readonly string[]): Set<string> {
  return new Set(readEnumList(query, "include", allowed));
}
