/**
 * This console's own origin (`APP_URL`, else `http://localhost:$PORT`), without a trailing slash.
 * Sandbox base URLs, webhook receiver URLs and framing policies are built from it.
 */
export function appOrigin(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * `origin` and, when its host is a loopback name, the same scheme and port under the other
 * loopback names: a console at `http://localhost:3000` is also opened as `http://127.0.0.1:3000`.
 * Any other origin is returned alone. Input and output are `scheme://host[:port]`.
 */
export function withLoopbackAliases(origin: string): string[] {
  const url = new URL(origin);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [url.origin];
  const port = url.port ? `:${url.port}` : "";
  return [url.origin, ...LOOPBACK_HOSTS.filter((host) => host !== url.hostname).map((host) => `${url.protocol}//${host}${port}`)];
}
