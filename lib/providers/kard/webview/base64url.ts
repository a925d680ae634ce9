/**
 * RFC 4648 §5 base64url without padding, for UTF-8 text. Written on `TextEncoder` and `btoa`, which
 * browsers and Node both provide, so the console's theme editor and the server share one codec.
 * The guide's recipe, `btoa(JSON.stringify(overrides))`, throws on characters above U+00FF and
 * encodes Latin-1 characters as single non-UTF-8 bytes; encoding the UTF-8 bytes avoids both.
 * Source: Kard seed, "WebView" › "theme" ("Uses RFC4648 base64url encoding … omits padding").
 */

export class Base64UrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Base64UrlError";
  }
}

/** base64url (alphabet `A–Z a–z 0–9 - _`, no `=`) of the UTF-8 bytes of `text`. */
export function encodeBase64UrlText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The UTF-8 text whose base64url form is `value`.
 * @throws Base64UrlError when `value` uses characters outside the base64url alphabet (including
 *   `=` padding, `+` and `/`), has an impossible length, or decodes to bytes that are not UTF-8.
 */
export function decodeBase64UrlText(value: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) {
    throw new Base64UrlError("It is not base64url: only A–Z, a–z, 0–9, '-' and '_' are allowed, without '=' padding.");
  }
  if (value.length % 4 === 1) throw new Base64UrlError("It is not base64url: its length is impossible (truncated?).");
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Base64UrlError("Its bytes are not UTF-8 text. Encode the UTF-8 bytes of the JSON (btoa() alone mis-encodes non-ASCII labels).");
  }
}
