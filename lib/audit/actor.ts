/** Where a request came from: the caller's IP and user agent (request id for logs). */
export type AuditContext = { ip?: string | null; userAgent?: string | null; requestId?: string };

/** A signed-in staff member as the audit and the operations see them. */
export interface StaffActor {
  id: string;
  email: string;
  role: string;
  name?: string;
  /** A demo account (README credentials): what it creates stays demo. */
  isDemo?: boolean;
}

/**
 * Who performs an operation, and from where: the one actor type. `staff` is null for the
 * console itself (webhook deliveries, background jobs, a sign-in attempt before anyone is known).
 * Server actions hand their handler an `Actor<StaffActor>`; operations take `(input, actor)`
 * and pass the actor on to the audit rows they write.
 */
export interface Actor<S extends StaffActor | null = StaffActor | null> {
  staff: S;
  context?: AuditContext;
}

/** The console itself, outside any request (jobs, scripts, tests). */
export const SYSTEM_ACTOR: Actor<null> = { staff: null };

/** The console itself acting on an inbound request (a webhook delivery, an anonymous attempt). */
export function systemActor(context?: AuditContext): Actor<null> {
  return { staff: null, context };
}

/** A staff member acting on a request. */
export function staffActor(staff: StaffActor, context?: AuditContext): Actor<StaffActor> {
  return { staff, context };
}
