import { headers } from "next/headers";

export interface RequestContext {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

/** Client IP and user agent of the current request (first X-Forwarded-For hop when proxied). */
export function contextFromHeaders(h: Headers): RequestContext {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || h.get("x-real-ip") || "127.0.0.1",
    userAgent: h.get("user-agent"),
    requestId: h.get("x-request-id") ?? crypto.randomUUID(),
  };
}

export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
