/**
 * Server-action bodies that React's `decodeReply` cannot decode make Next answer 500 before any
 * action runs (issue 11, finding 10: "five malformed server-action bodies answer 500"). The proxy
 * checks the body first and answers 400 instead. The encoding (React's reply format) is one JSON
 * row, sent as text/plain, or several rows as multipart form fields: the root row "0" is the
 * array of arguments, and a string starting with "$" is either self-contained ("$$…" escaped
 * text, "$undefined", "$NaN", "$Infinity", "$-0", "$D<date>", "$n<bigint>", "$K<id>" form data,
 * "$T" a temporary reference) or a reference to another row by hexadecimal id ("$<id>",
 * "$@<id>", "$Q<id>" map, "$W<id>" set, "$i<id>" iterator, "$B<id>" blob, typed arrays). A body
 * is refused when it does not parse, its root is not an array, a referenced row is missing or
 * does not parse, or it carries what the console's actions never receive: server references
 * ("$h"), streams ("$R", "$r", "$X", "$x") or an unknown reference kind.
 */
type Rows = { text: (id: number) => string | null; blob: (id: number) => boolean };

const SELF_CONTAINED = new Set(["$", "u", "I", "-", "N", "D", "H", "T", "K"]);
const ROW_REFERENCE = new Set(["@", "Q", "W", "i"]);
const BLOB_REFERENCE = new Set(["B", "A", "O", "o", "U", "S", "s", "L", "l", "G", "g", "M", "m", "V"]);
const MAX_ROWS = 1000;

/** The problem with one "$…" string, or the row id it needs (and whether that row must be a blob). */
function reference(value: string): { error: string } | { row: number; blob: boolean } | null {
  const kind = value[1];
  if (kind === undefined) return { error: "a bare $ reference" };
  if (kind === "n") return /^\$n-?\d{1,300}$/.test(value) ? null : { error: "a malformed bigint" };
  if (SELF_CONTAINED.has(kind)) return null;
  const hex = ROW_REFERENCE.has(kind) || BLOB_REFERENCE.has(kind) ? value.slice(2) : /^[0-9a-f]/i.test(kind) ? value.slice(1).split(":")[0] : null;
  if (hex === null || !/^[0-9a-f]{1,8}$/i.test(hex)) return { error: `an unsupported reference "${value.slice(0, 12)}"` };
  return { row: parseInt(hex, 16), blob: BLOB_REFERENCE.has(kind) };
}

/** Walks the rows reachable from row 0; returns the first problem found, or null. */
function checkRows(rows: Rows): string | null {
  const root = rows.text(0);
  if (root === null) return "The body has no arguments row.";
  const seen = new Set<number>();
  const pending: { id: number; text: string }[] = [{ id: 0, text: root }];
  while (pending.length > 0) {
    const { id, text } = pending.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (seen.size > MAX_ROWS) return "The body has too many rows.";
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return `Row ${id} of the body is not JSON.`;
    }
    if (id === 0 && !Array.isArray(value)) return "The body's arguments are not a list.";
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const item = stack.pop();
      if (typeof item === "string") {
        if (!item.startsWith("$")) continue;
        const ref = reference(item);
        if (!ref) continue;
        if ("error" in ref) return `The body holds ${ref.error}.`;
        if (ref.blob) {
          if (!rows.blob(ref.row)) return `The body refers to a missing file part ${ref.row}.`;
          continue;
        }
        const next = rows.text(ref.row);
        if (next === null) return `The body refers to a missing part ${ref.row}.`;
        pending.push({ id: ref.row, text: next });
      } else if (item && typeof item === "object") {
        stack.push(...Object.values(item));
      }
    }
  }
  return null;
}

/**
 * Why this server-action request's body cannot be decoded, or null when it can (or when it is
 * not a server-action request the check understands). Reads a clone: the request is untouched.
 */
export async function malformedServerActionBody(request: Request): Promise<string | null> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "The multipart body does not parse.";
    }
    return checkRows({
      text: (id) => {
        const value = form.get(String(id));
        return typeof value === "string" ? value : null;
      },
      blob: (id) => form.get(String(id)) instanceof Blob,
    });
  }
  if (type === "" || type === "text/plain") {
    const text = await request.clone().text();
    return checkRows({ text: (id) => (id === 0 ? text : null), blob: () => false });
  }
  return null;
}
