import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeStaff } from "./authorize";
import { authLogger } from "./auth-logger";
import { endStaffSessions, tokenSessionVersion } from "./session-version";

declare module "next-auth" {
  interface User {
    /** The account's session version when the session began (lib/auth/session-version.ts). */
    sessionVersion?: number;
  }
}

/** Session lifetime: one working day. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * Auth.js with staff credentials. The JWT carries only the staff id and the account's session
 * version: role, active flag, the demo rule and the current session version are read from the
 * database on every request (lib/auth/session.ts), so a role change, deactivation, password
 * change or sign-out ends the session on the next request. Signing out raises the account's
 * session version (every open session of the account ends). Auth.js's own errors (a forged or
 * stale session cookie) are logged in one line each (auth-logger.ts).
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeStaff,
    }),
  ],
  logger: authLogger,
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = tokenSessionVersion(user.sessionVersion);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.sessionVersion = tokenSessionVersion(token.sv);
      return session;
    },
  },
  events: {
    async signOut(message) {
      const id = "token" in message ? message.token?.sub : undefined;
      if (id) await endStaffSessions(id);
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
