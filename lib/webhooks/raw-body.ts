/**
 * Largest webhook body stored, in bytes. Kard's notifications are a few KiB; the cap keeps an
 * unauthenticated caller from filling the inbox with huge rejected bodies.
 */
export const WEBHOOK_MAX_BODY_BYTES = 256 * 1024;

/**
 * The request body as text, exactly as received (UTF-8 decoded like `Request.text()`, never
 * re-serialised), or null when it exceeds `maxBytes` (reading stops there).
 */
export async function readRawBody(req: Request, maxBytes = WEBHOOK_MAX_BODY_BYTES): Promise<string | null> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
