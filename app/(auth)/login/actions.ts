"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { loginSchema, type LoginState } from "./login.validation";

const MESSAGES: Record<string, string> = {
  throttled: "Too many failed attempts. Wait 15 minutes, or ask an admin to check your account.",
  demo_disabled: "Demo accounts are switched off because a provider is live. Sign in with your staff account.",
  credentials: "That email and password do not match an active staff account.",
};

/**
 * Staff sign-in (the one server action that runs before there is a session, so it is not built
 * with defineAction; Auth.js's authorize() validates, throttles and audits).
 */
export async function signInAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email: String(formData.get("email") ?? "") };
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
      return { error: MESSAGES[code] ?? MESSAGES.credentials, email: parsed.data.email };
    }
    throw error;
  }
}
