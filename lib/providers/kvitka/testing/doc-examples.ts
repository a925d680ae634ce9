/*
 * Reading the KvitkaCard documentation's response examples out of its text, for
 * `npm run fixtures` (./fixture-sources.ts). Tests read the extracted fixture (./examples.ts).
 */

export interface DocExample {
  /** The endpoint path the example is documented under, e.g. "/deposit/init.php". */
  path: string;
  value: Record<string, unknown>;
}

const BASE_URL = "https://www.kvitkacard.com/api/v1";

/** The documentation's JSON examples: blocks that open with a line "{" and close with "}", under the last `POST <url>` above them. */
export function kvitkaDocExamples(document: string): DocExample[] {
  const lines = document.split("\n");
  const examples: DocExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "{") continue;
    const end = lines.findIndex((line, j) => j > i && line.trim() === "}");
    if (end === -1) throw new Error(`unterminated JSON example at line ${i + 1}`);
    const endpoint = lines.slice(0, i).findLast((line) => line.startsWith(`POST ${BASE_URL}`)) ?? "";
    examples.push({ path: endpoint.replace(`POST ${BASE_URL}`, "").trim(), value: JSON.parse(lines.slice(i, end + 1).join("\n")) });
    i = end;
  }
  return examples;
}
