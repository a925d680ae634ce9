import { createHmac, timingSafeEqual } from "node:crypto";
import { SANDBOX_SIGNING_KEYS } from "./config";

/**
 * Presigned URLs for what the real service hands out as storage links (file downloads valid
 * 30 minutes, bulk-upload PUT URLs valid 15 minutes) and attribution tokens for asset and
 * pixel URLs. Both are HMACs under sandbox-internal keys.
 */
function mac(key: string, text: string): string {
  return createHmac("sha256", key).update(text).digest("base64url");
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `path?expires=<unix seconds>&signature=<mac>` for a sandbox-relative path. */
export function presignPath(path: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${path}?expires=${expires}&signature=${mac(SANDBOX_SIGNING_KEYS.presignedUrl, `${path}|${expires}`)}`;
}

export type PresignCheck = "ok" | "expired" | "invalid";

export function checkPresigned(path: string, query: URLSearchParams, now: Date): PresignCheck {
  const expires = query.get("expires") ?? "";
  const signature = query.get("signature") ?? "";
  if (!/^\d+$/.test(expires) || !sameText(signature, mac(SANDBOX_SIGNING_KEYS.presignedUrl, `${path}|${expires}`))) {
    return "invalid";
  }
  return Number(expires) * 1000 < now.getTime() ? "expired" : "ok";
}

export interface AttributionSubject {
  kind: "offer" | "notification";
  entityId: string;
  userId: string;
}

/** The opaque `token` query value on asset and attribution-pixel URLs. */
export function attributionToken(subject: AttributionSubject): string {
  const payload = Buffer.from(JSON.stringify([subject.kind, subject.entityId, subject.userId])).toString("base64url");
  return `${payload}.${mac(SANDBOX_SIGNING_KEYS.attribution, payload)}`;
}

export function readAttributionToken(token: string | null): AttributionSubject | undefined {
  const [payload, signature] = (token ?? "").split(".");
  if (!payload || !signature || !sameText(signature, mac(SANDBOX_SIGNING_KEYS.attribution, payload))) return undefined;
  try {
    const [kind, entityId, userId] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as string[];
    if ((kind !== "offer" && kind !== "notification") || typeof entityId !== "string" || typeof userId !== "string") {
      return undefined;
    }
    return { kind, entityId, userId };
  } catch {
    return undefined;
  }
}
