import { isProviderError } from "@/lib/providers/provider-error";

/**
 * Runs a Kard read for a JSON route: its value as 200, or a provider failure as 502 with the
 * provider's code and message (a 404 from Kard stays 404) so the browser can say what failed.
 * Anything else is rethrown (a 500 with no detail).
 */
export async function kardJson(read: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await read());
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const status = error.httpStatus === 404 ? 404 : 502;
    return Response.json({ error: { code: error.code, message: error.message } }, { status });
  }
}

/** A 400 for query parameters that do not parse. */
export function badQuery(message: string): Response {
  return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
}
