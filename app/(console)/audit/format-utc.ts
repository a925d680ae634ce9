/** "2024-05-01 12:34:56" for a UTC instant (the audit page shows every time in UTC). */
export function formatUtc(date: Date): string {
  return date.toISOString().replace("T", " ").slice(0, 19);
}
