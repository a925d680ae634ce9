import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "Enter the email address you were invited with.").email("Enter the email address you were invited with."),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is longer than any staff password."),
  // Where to go after sign-in: checked by safeNextPath (lib/auth/safe-next-path.ts); a bad one is dropped.
  next: z.string().max(2048).optional().catch(undefined),
});

export interface LoginState {
  error?: string;
  email?: string;
}
