"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { loginRetryAfterSeconds } from "@/lib/auth/login-throttle";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { requestContext } from "@/lib/request-context";
import { loginSchema, type LoginState } from "./login.validation";

const MESSAGES: Record<string, string> = {
  demo_disabled: "Demo accounts are switched off because a provider is live. Sign in with your staff account.",
  credentials: "That email and password do not match an active staff account.",
};

/** "Too many failed attempts…" with the wait in seconds or minutes (growing delays, lib/auth/login-throttle.ts). */
async function throttledMessage(email: string): Promise<string> {
  const seconds = Math.max(await loginRetryAfterSeconds(email, (await requestContext()).ip), 1);
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed attempts. Try again in ${wait}.`;
}

/**
 * Staff sign-in (the one server action that runs before there is a session, so it is not built
 * with defineAction; Auth.js's authorize() validates, throttles and audits). After sign-in the
 * browser goes to `next` only when it is a path of this console (safeNextPath).
 */
export async function signInAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  // Anyone can post to this action: a body that is not the form (wrong arguments) is a 400-like answer, not a crash.
  if (!(formData instanceof FormData)) return { error: "Enter your email and password." };
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email: String(formData.get("email") ?? "").slice(0, 254) };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNextPath(parsed.data.next),
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "credentials";
      const message = code === "throttled" ? await throttledMessage(parsed.data.email) : (MESSAGES[code] ?? MESSAGES.credentials);
      return { error: message, email: parsed.data.email };
    }
    throw error;
  }
}
