import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { staffActor, systemActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { contextFromHeaders } from "@/lib/request-context";
import { demoAccountsEnabled } from "./demo-accounts";
import { clearLoginFailures, loginRetryAfterSeconds, recordLoginFailure } from "./login-throttle";
import { decoyPasswordHash, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}
export class DemoDisabledSignin extends CredentialsSignin {
  code = "demo_disabled";
}

/**
 * Auth.js `authorize` for staff credentials `{email, password}`.
 * @returns `{id, email, name, sessionVersion}` for an active account with the right password; null otherwise
 *   (unknown accounts take as long as wrong passwords: a decoy hash is verified).
 * @throws ThrottledSignin while the (account, IP) pair, the account or the IP is made to wait
 *   after failures (growing delays, login-throttle.ts; the password is not checked then);
 *   DemoDisabledSignin for a demo account while a provider is live or DEMO_ACCOUNTS=off.
 * Every attempt is audited (auth.session.sign-in / sign-in-failed), without the password.
 */
export async function authorizeStaff(raw: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const context = contextFromHeaders(request.headers);
  const auditFailure = (message: string) =>
    recordAudit({ actor: systemActor(context), action: "auth.session.sign-in-failed", target: email, outcome: "FAILED", message });

  if ((await loginRetryAfterSeconds(email, context.ip)) > 0) {
    await auditFailure("throttled");
    throw new ThrottledSignin();
  }

  const user = await db.staffUser.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !passwordOk || !user.active) {
    await recordLoginFailure(email, context.ip);
    await auditFailure(!user ? "unknown account" : !passwordOk ? "wrong password" : "deactivated account");
    return null;
  }
  if (user.isDemo && !demoAccountsEnabled()) {
    await auditFailure("demo accounts disabled");
    throw new DemoDisabledSignin();
  }

  await clearLoginFailures(email, context.ip);
  await db.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit({ actor: staffActor({ id: user.id, email: user.email, role: user.role }, context), action: "auth.session.sign-in", outcome: "SUCCEEDED" });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
