/*
 * Reading the KTN documentation's examples out of its text, for `npm run fixtures`
 * (./fixture-sources.ts): every JSON value of its `json` code blocks, and the bodies of its
 * curl commands. Tests read the extracted fixture (./examples.ts), never the documentation.
 */

export interface DocExample {
  /** The nearest heading above the example, among the headings the caller knows. */
  section: string | undefined;
  /** 1-based line of the documentation where the example starts. */
  line: number;
  value: unknown;
}

/** End index (exclusive) of the JSON value opening at `start`, skipping strings and `//` comments. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "{" || c === "[") {
      depth++;
    } else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`unterminated JSON example at offset ${start}`);
}

/** Drops `// …` comments outside strings (the documentation annotates some examples). */
function stripComments(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"') {
      let j = i + 1;
      for (; j < source.length && source[j] !== '"'; j++) if (source[j] === "\\") j++;
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") i++;
      out += "\n";
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * Every JSON value in the seed's `json` code blocks (a block may hold several, separated by
 * comments). The "Response Object" block writes its payload as `{ ... }`: that placeholder is read
 * as an empty object.
 */
export function jsonExamples(seed: string, headings: readonly string[]): DocExample[] {
  const lines = seed.split("\n");
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const lineOf = (index: number) => lineStarts.findLastIndex((start) => start <= index) + 1;
  const sectionAt = (lineIndex: number) =>
    lines
      .slice(0, lineIndex)
      .findLast((line) => headings.includes(line.trim()))
      ?.trim();

  const examples: DocExample[] = [];
  lines.forEach((line, lineIndex) => {
    if (line.trim() !== "json") return;
    let pos = lineStarts[lineIndex + 1];
    for (;;) {
      const rest = seed.slice(pos);
      const skipped = rest.match(/^(\s|\/\/[^\n]*)*/)?.[0].length ?? 0;
      pos += skipped;
      if (seed[pos] !== "{" && seed[pos] !== "[") break;
      const end = valueEnd(seed, pos);
      const source = seed.slice(pos, end);
      const value: unknown = JSON.parse(stripComments(source).replace(/\{\s*\.\.\.\s*\}/g, "{}"));
      examples.push({ section: sectionAt(lineIndex), line: lineOf(pos), value });
      pos = end;
    }
  });
  return examples;
}

/** The JSON bodies of the seed's curl commands (`-d '{…}'`). */
export function curlBodies(seed: string): unknown[] {
  return [...seed.matchAll(/-d '(\{[\s\S]*?\})'/g)].map((match) => JSON.parse(match[1]) as unknown);
}
