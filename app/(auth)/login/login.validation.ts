import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you were invited with."),
  password: z.string().min(1, "Enter your password."),
  next: z.string().optional(),
});

export interface LoginState {
  error?: string;
  email?: string;
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNextPath(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
