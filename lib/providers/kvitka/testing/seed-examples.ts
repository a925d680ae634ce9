import { readFileSync } from "node:fs";
import { sharedSeed } from "@/lib/testing/shared-docs";

/** The KvitkaCard documentation (tests read it to check code against its examples). */
export const KVITKA_SEED = sharedSeed("000_96fa4d3ae701ce69.txt");

export interface SeedExample {
  /** The endpoint path the example is documented under, e.g. "/deposit/init.php". */
  path: string;
  value: Record<string, unknown>;
}

/** The documentation's JSON examples: blocks that open with a line "{" and close with "}". */
export function kvitkaSeedExamples(): SeedExample[] {
  const lines = readFileSync(KVITKA_SEED, "utf8").split("\n");
  const examples: SeedExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "{") continue;
    const end = lines.findIndex((line, j) => j > i && line.trim() === "}");
    const endpoint = lines.slice(0, i).findLast((line) => line.startsWith("POST https://")) ?? "";
    examples.push({
      path: endpoint.replace("POST https://www.kvitkacard.com/api/v1", ""),
      value: JSON.parse(lines.slice(i, end + 1).join("\n")),
    });
    i = end;
  }
  return examples;
}

export function kvitkaSeedExample(path: string): Record<string, unknown> {
  const example = kvitkaSeedExamples().find((e) => e.path === path);
  if (!example) throw new Error(`no documented example for ${path}`);
  return example.value;
}
