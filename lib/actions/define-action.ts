import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { AuditAction } from "@/lib/audit/actions";
import { staffActor, type Actor, type StaffActor } from "@/lib/audit/actor";
import { AuthorizationError, requirePermission } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachable } from "@/lib/db-unreachable";
import { OperationError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { isProviderError } from "@/lib/providers/provider-error";
import { requestContext } from "@/lib/request-context";
import type { ActionResult } from "./result";

export interface ActionDefinition<S extends z.ZodType, T> {
  /** The audit action this server action performs (used for DENIED rows too). */
  name: AuditAction;
  permission: Permission;
  input: S;
  /** The operation: the parsed input and the acting staff member (with the request's IP and user agent). */
  handler: (input: z.output<S>, actor: Actor<StaffActor>) => Promise<T>;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Builds a server action: session + permission (audited when refused) → zod-parsed input →
 * handler(input, actor) → {@link ActionResult}. Expected errors (validation, authorization,
 * OperationError, ProviderError) keep their message; an unreachable database is said so
 * (DATABASE_UNAVAILABLE, lib/db-unreachable.ts); anything else is logged with a request id and
 * the operator sees a generic message quoting that id.
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const request = await requestContext();
    try {
      const staff = await requirePermission(def.permission, def.name, raw);
      const parsed = def.input.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: "VALIDATION", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) },
        };
      }
      return { ok: true, data: await def.handler(parsed.data, staffActor(staff, request)) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AuthorizationError || error instanceof OperationError) {
        const fieldErrors = error instanceof OperationError ? error.fieldErrors : undefined;
        return { ok: false, error: { code: error.code, message: error.message, fieldErrors } };
      }
      if (isProviderError(error)) {
        const message =
          error.outcome === "unknown"
            ? `${error.message}. The outcome is not known yet; reconciliation will check with the provider.`
            : error.message;
        return { ok: false, error: { code: error.code, message } };
      }
      if (isDatabaseUnreachable(error)) {
        logger.error({ err: error, action: def.name, requestId: request.requestId }, "action failed: the database does not answer");
        return { ok: false, error: { code: "DATABASE_UNAVAILABLE", message: DATABASE_UNREACHABLE_MESSAGE } };
      }
      logger.error({ err: error, action: def.name, requestId: request.requestId }, "action failed");
      return {
        ok: false,
        error: { code: "INTERNAL", message: `Something went wrong on our side (request ${request.requestId}).` },
      };
    }
  };
}
