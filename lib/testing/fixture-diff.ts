/**
 * What re-extracting a fixture changes, in words: "created", "unchanged", or
 * "updated (+A −R lines)" counting lines added and removed as multisets (order-insensitive).
 */
export function describeChange(previous: string | null, next: string): string {
  if (previous === null) return "created";
  if (previous === next) return "unchanged";
  const counts = new Map<string, number>();
  for (const line of previous.split("\n")) counts.set(line, (counts.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of next.split("\n")) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else added += 1;
  }
  const removed = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return `updated (+${added} −${removed} lines)`;
}
