import Papa from "papaparse";

/**
 * The one CSV writer: every CSV the console produces (table exports in the browser, the audit
 * export, the gift-card order export) goes through it.
 *
 * CSV injection (OWASP "CSV Injection"): a cell starting with = + - @ tab or CR runs as a formula
 * when a spreadsheet opens the file (`=HYPERLINK("http://evil.example","click")`), so such cells
 * are prefixed with a single quote (papaparse's `escapeFormulae`) and read as text. A plain
 * signed number such as "-12.50" or "+3" is left alone so refunds and debits stay numbers.
 * Source: issue 11, finding 8.
 */
export const FORMULA_START = /^(?:[=@\t\r]|[+-](?!\d+(?:\.\d+)?$))/;

/** One cell as text: dates as ISO-8601 UTC, decimals as their JSON text, objects and arrays as JSON, null as empty. */
function cellText(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
    case "bigint":
      return value.toString();
    case "object": {
      const toJSON = (value as { toJSON?: () => unknown }).toJSON;
      const json = typeof toJSON === "function" ? toJSON.call(value) : value;
      return typeof json === "string" ? json : (JSON.stringify(json) ?? "");
    }
    default:
      return "";
  }
}

/**
 * RFC 4180 CSV of `rows` (CRLF between records, no trailing newline), with a header row when
 * `fields` is given; formula cells neutralised (see FORMULA_START).
 */
export function toCsv(rows: readonly (readonly unknown[])[], { fields }: { fields?: readonly string[] } = {}): string {
  const records = rows.map((row) => row.map(cellText));
  return Papa.unparse(fields ? [[...fields], ...records] : records, { newline: "\r\n", escapeFormulae: FORMULA_START });
}

/**
 * A CSV in chunks: the header row, then CRLF + one chunk per non-empty batch of rows. The chunks
 * joined equal `toCsv(allRows, { fields })`.
 */
export async function* csvChunks(fields: readonly string[], batches: AsyncIterable<readonly (readonly unknown[])[]>): AsyncGenerator<string> {
  yield toCsv([], { fields });
  for await (const rows of batches) {
    if (rows.length > 0) yield "\r\n" + toCsv(rows);
  }
}

/**
 * A streamed CSV download: `text/csv; charset=utf-8`, `attachment; filename="<filename>"`
 * (quotes, backslashes and control characters in the name become "_"), `no-store`. Closing the
 * download early stops the generator.
 */
export function csvAttachment(chunks: AsyncGenerator<string>, filename: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const safeName = filename.replace(/["\\\u0000-\u001f\u007f]/g, "_");
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${safeName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
