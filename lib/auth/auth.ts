import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeStaff } from "./authorize";

/** Session lifetime: one working day. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * Auth.js with staff credentials. The JWT carries only the staff id: role, active flag and the
 * demo rule are read from the database on every request (lib/auth/session.ts), so a role change
 * or deactivation takes effect on the next request.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeStaff,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
