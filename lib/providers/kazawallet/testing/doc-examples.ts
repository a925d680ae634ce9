/*
 * Reading the recovered Kazawallet examples (../shared/specs/kazawallet-recovered.md) for
 * `npm run fixtures` (./fixture-sources.ts). Tests read the extracted fixture (./examples.ts).
 */

export interface RecoveredExample {
  /** The nearest `##`/`###` heading above the block, e.g. "4.4 Create Deposit — `POST /createDepositRequest`". */
  section: string;
  /** The bold label just above the block, e.g. "Response Success:"; "" when there is none. */
  label: string;
  /** The fence's language ("json", "javascript", …). */
  lang: string;
  /** The block exactly as printed (some are not valid JSON: unquoted keys, trailing commas). */
  text: string;
  /**
   * The block read leniently (keys quoted, trailing commas dropped): a JSON-looking block, or
   * the first object literal of a javascript usage example (the body it sends); null when even
   * that fails (templates with placeholders, cut text, other code).
   */
  value: unknown;
}

/** Quotes bare object keys and drops trailing commas: the two defects of the printed examples. */
export function lenientJson(text: string): unknown {
  const normalised = text.replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":').replace(/,(\s*[}\]])/g, "$1");
  try {
    return JSON.parse(normalised);
  } catch {
    return null;
  }
}

/** The first balanced `{…}` of `text` (no braces inside strings in these examples), or null. */
function firstObjectLiteral(text: string): string | null {
  const start = text.indexOf("{");
  if (start === -1) return null;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth += 1;
    if (text[i] === "}" && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

function readValue(lang: string, text: string): unknown {
  if (/^\s*[{[]/.test(text)) return lenientJson(text);
  if (lang !== "javascript") return null;
  const literal = firstObjectLiteral(text);
  return literal === null ? null : lenientJson(literal);
}

/** Every fenced block of the document with its section and label. */
export function recoveredExamples(document: string): RecoveredExample[] {
  const lines = document.split("\n");
  const examples: RecoveredExample[] = [];
  let section = "";
  let label = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^#{2,3}\s+(.*)$/.exec(line);
    if (heading) {
      section = heading[1].trim();
      label = "";
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (!fence) {
      const bold = /^\*\*([^*]+)\*\*/.exec(line);
      if (bold) label = bold[1].trim();
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end === -1) throw new Error(`unterminated code block at line ${i + 1}`);
    const text = lines.slice(i + 1, end).join("\n");
    examples.push({ section, label, lang: fence[1], text, value: readValue(fence[1], text) });
    i = end;
  }
  return examples;
}
