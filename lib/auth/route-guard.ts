import type { AuditAction } from "@/lib/audit/actions";
import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachable } from "@/lib/db-unreachable";
import type { Permission } from "./permissions";
import { AuthorizationError, requirePermission, type Staff } from "./session";

/** A zod validation error from any bundle (recognised by shape, not `instanceof`). */
function isValidationError(error: unknown): error is { issues: { path: PropertyKey[]; message: string }[] } {
  return error instanceof Error && error.name === "ZodError" && Array.isArray((error as { issues?: unknown }).issues);
}

/**
 * For data route handlers: runs `handler` for staff holding `permission`; otherwise answers
 * 401/403 JSON (the refusal is audited as DENIED under `action`). Input the handler's schemas
 * refuse (a thrown ZodError) answers 400 with the fields at fault, never 500 (issue 11, finding 10);
 * a database that does not answer is 503 DATABASE_UNAVAILABLE with Retry-After.
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
    if (isValidationError(error)) {
      const fields = [...new Set(error.issues.map((issue) => issue.path.map(String).join(".") || "_"))];
      return Response.json({ error: { code: "VALIDATION", message: `Invalid input: ${fields.join(", ")}.`, fields } }, { status: 400 });
    }
    if (isDatabaseUnreachable(error)) {
      return Response.json({ error: { code: "DATABASE_UNAVAILABLE", message: DATABASE_UNREACHABLE_MESSAGE } }, { status: 503, headers: { "retry-after": "10" } });
    }
    throw error;
  }
}
