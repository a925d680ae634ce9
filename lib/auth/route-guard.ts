import type { AuditAction } from "@/lib/audit/actions";
import type { Permission } from "./permissions";
import { AuthorizationError, requirePermission, type Staff } from "./session";

/**
 * For data route handlers: runs `handler` for staff holding `permission`; otherwise answers
 * 401/403 JSON (the refusal is audited as DENIED under `action`).
 */
export async function withRoutePermission(
  permission: Permission,
  action: AuditAction,
  handler: (staff: Staff) => Promise<Response>,
): Promise<Response> {
  try {
    return await handler(await requirePermission(permission, action));
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return Response.json({ error: { code: error.code, message: error.message } }, { status: error.code === "UNAUTHENTICATED" ? 401 : 403 });
    }
    throw error;
  }
}
