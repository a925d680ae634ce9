import { BlockList, isIP } from "node:net";
import { headers } from "next/headers";

export interface RequestContext {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

/** Longest user agent and request id kept (characters). */
const USER_AGENT_MAX = 512;
const REQUEST_ID_MAX = 128;

/** `::ffff:203.0.113.5` (an IPv4 peer on a dual-stack socket) is `203.0.113.5`; brackets and zones dropped. */
function normalizeAddress(value: string): string | null {
  const bare = value.trim().replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  const address = mapped ? mapped[1] : bare.toLowerCase();
  return isIP(address) ? address : null;
}

/**
 * `TRUSTED_PROXIES`: the reverse proxies in front of the console, as IP addresses or CIDR ranges
 * separated by commas or spaces (e.g. `10.0.0.0/8, 127.0.0.1`). None by default: forwarding
 * headers are then ignored. Entries that do not parse are skipped.
 */
export function trustedProxies(value = process.env.TRUSTED_PROXIES ?? ""): BlockList {
  const list = new BlockList();
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const ip = normalizeAddress(address);
    if (!ip) continue;
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    const prefix = Number(bits);
    if (bits === undefined) list.addAddress(ip, type);
    else if (Number.isInteger(prefix) && prefix >= 0 && prefix <= (type === "ipv6" ? 128 : 32)) list.addSubnet(ip, prefix, type);
  }
  return list;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The hops of X-Forwarded-For, nearest last. The console's server (scripts/serve.mjs) appends the
 * TCP peer to X-Forwarded-For as every proxy does, so the last hop is always the real peer and
 * anything before it is what that peer claims.
 */
function forwardedHops(h: Headers): (string | null)[] {
  return (h.get("x-forwarded-for") ?? "").split(",").map(normalizeAddress);
}

/** How many hops from the end are trusted proxies (the peer first, then each proxy's own claim). */
function trustedHopCount(hops: (string | null)[], trusted: BlockList): number {
  let count = 0;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop || !isTrusted(hop, trusted)) break;
    count += 1;
  }
  return count;
}

/**
 * The client's IP: the last X-Forwarded-For hop (the TCP peer) unless it is a trusted proxy,
 * in which case the hop that proxy added, and so on leftwards while hops are trusted proxies. A
 * client's own X-Forwarded-For entries are therefore never believed unless every hop after them
 * is a trusted proxy. "unknown" when there is no readable hop.
 * Source: issue 11, finding 4 ("trust forwarding headers only from configured proxies").
 */
export function clientIp(h: Headers, trusted: BlockList = trustedProxies()): string {
  const hops = forwardedHops(h);
  const trustedCount = trustedHopCount(hops, trusted);
  const index = Math.max(hops.length - 1 - trustedCount, 0);
  return hops[index] ?? hops[hops.length - 1] ?? "unknown";
}

/**
 * True when the request reached a trusted proxy over HTTPS: the TCP peer is in TRUSTED_PROXIES
 * and it says `X-Forwarded-Proto: https` (its first value). A client's own header is ignored.
 */
export function forwardedOverHttps(h: Headers, trusted: BlockList = trustedProxies()): boolean {
  const hops = forwardedHops(h);
  if (trustedHopCount(hops, trusted) === 0) return false;
  return h.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Client IP (see clientIp), user agent and request id of a request. */
export function contextFromHeaders(h: Headers): RequestContext {
  const requestId = h.get("x-request-id")?.slice(0, REQUEST_ID_MAX);
  return {
    ip: clientIp(h),
    userAgent: h.get("user-agent")?.slice(0, USER_AGENT_MAX) ?? null,
    requestId: requestId || crypto.randomUUID(),
  };
}

export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
