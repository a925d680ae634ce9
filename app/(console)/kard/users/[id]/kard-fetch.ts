/**
 * GETs one of the console's Kard JSON routes; a failure becomes an Error carrying the route's
 * own message (the provider's words) for the tab to show.
 */
export async function fetchKardJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store" });
  const body = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!res.ok) throw new Error(body?.error?.message ?? `The console answered ${res.status}.`);
  return body as T;
}
