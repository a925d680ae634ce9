/*
 * Reading the Open Loyalty Pay documentation for `npm run fixtures` (./fixture-sources.ts): the
 * seed's per-endpoint body field lists, and the recovered spec's JSON examples and signature
 * vector. Tests read the extracted fixtures (./examples.ts).
 */

export interface SeedField {
  name: string;
  type: string;
  required: boolean;
  maxLength?: number;
  example?: string;
}

export interface SeedEndpoint {
  /** The section's title, e.g. "Pay". */
  title: string;
  /** The documented path, e.g. "/ovstrade/openLoyaltyPay/giftTransaction" (as printed, errors included). */
  path: string;
  fields: SeedField[];
}

const FIELD = /^([A-Za-z]+)(string|boolean|integer|number)(?: · max: (\d+))?(Required|Optional)$/;

/** Each section of the seed: its title (the line before "post" before "Header parameters"), its "Body" fields and its path. */
export function seedEndpoints(document: string): SeedEndpoint[] {
  const lines = document.split("\n").map((line) => line.trim());
  const endpoints: SeedEndpoint[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "Header parameters") continue;
    const title = lines.slice(0, i - 1).findLast((line) => line !== "") ?? "";
    const body = lines.indexOf("Body", i);
    const responses = lines.indexOf("Responses", body);
    const pathLine = lines.slice(responses).find((line) => line.startsWith("/"));
    if (body === -1 || responses === -1 || !pathLine) throw new Error(`section ${title} has no Body, Responses or path`);
    const fields: SeedField[] = [];
    for (const line of lines.slice(body + 1, responses)) {
      const field = FIELD.exec(line);
      if (field) {
        fields.push({ name: field[1], type: field[2], required: field[4] === "Required", ...(field[3] ? { maxLength: Number(field[3]) } : {}) });
      } else if (line.startsWith("Example: ") && fields.length > 0) {
        fields[fields.length - 1].example = line.slice("Example: ".length);
      }
    }
    endpoints.push({ title, path: pathLine, fields });
    i = responses;
  }
  return endpoints;
}

export interface RecoveredExamples {
  /** "Pay request example", a whole request body. */
  payRequest: Record<string, unknown>;
  /** "Add Tip request example"; the values the page elides ("…") are null. */
  tipRequest: Record<string, unknown>;
  /** The Pay page's response `data`. */
  payResponseData: Record<string, unknown>;
  /** The Activate/Query response `data`; the elided customerInfo (`{…}`) is `{}`. */
  inquiryData: Record<string, unknown>;
  /** The signature guide's inputs and the HMAC computed from them (recovered spec §1). */
  signVector: { key: string; message: string; sign: string };
}

/** The first `code span` after `marker`, on its line or the next. */
function backtickAfter(lines: string[], marker: string): string {
  const at = lines.findIndex((l) => l.includes(marker));
  const text = at === -1 ? "" : `${lines[at].slice(lines[at].indexOf(marker))}\n${lines[at + 1] ?? ""}`;
  const match = /`([^`]+)`/.exec(text);
  if (!match) throw new Error(`no example after "${marker}"`);
  return match[1];
}

/** The JSON examples of ../shared/specs/open-loyalty-pay-recovered.md, by what they show. */
export function recoveredExamples(document: string): RecoveredExamples {
  const lines = document.split("\n");
  const vector = lines.find((l) => l.startsWith("`HMAC_SHA256(key="));
  const vectorMatch = vector ? /^`HMAC_SHA256\(key="([^"]+)", msg='(.+)'\)`$/.exec(vector.trim()) : null;
  const signLine = lines.find((l) => /^= `[0-9a-f]{64}`$/.test(l.trim()));
  if (!vectorMatch || !signLine) throw new Error("no signature vector");
  return {
    payRequest: JSON.parse(backtickAfter(lines, "**Pay request example:**")),
    tipRequest: JSON.parse(backtickAfter(lines, "**Add Tip request example:**").replaceAll("…", "null")),
    payResponseData: JSON.parse(backtickAfter(lines, "* Pay example:")),
    inquiryData: JSON.parse(backtickAfter(lines, "* Example from the seed page:").replace(/^"data":/, "").replaceAll("{…}", "{}")),
    signVector: { key: vectorMatch[1], message: vectorMatch[2], sign: signLine.trim().slice(3, -1) },
  };
}
