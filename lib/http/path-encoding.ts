/**
 * A URL path Next cannot route: a segment that is not valid percent-encoding (`%ff`, `%E0%A4`),
 * or one that decodes to a control character (`%00`, `%0A`). Next answers the first with a bare
 * 500; no route of the console takes either. Returns what is wrong, or null for a good path.
 * Source: issue 11, finding 10 (`GET /api/kvitka/operations/%00%ff` answered 500).
 */
export function malformedPath(pathname: string): string | null {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "The URL path is not valid percent-encoding.";
    }
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return "The URL path holds a control character.";
  }
  return null;
}
