import type { Metadata } from "next";
import { ConsoleShell } from "@/components/shell/console-shell";
import { NotFoundMessage } from "@/components/shell/not-found-message";
import { currentStaff } from "@/lib/auth/session";
import { signOutAction } from "./(console)/actions";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Every unmatched URL. A signed-in staff member keeps the console around the message (sidebar,
 * header, modes); anyone else gets the message and the way to sign in.
 */
export default async function NotFound() {
  const staff = await currentStaff();
  return staff ? (
    <ConsoleShell staff={staff} signOut={signOutAction}>
      <NotFoundMessage signedIn />
    </ConsoleShell>
  ) : (
    <main className="grid min-h-screen place-items-center bg-muted/40 p-6">
      <NotFoundMessage signedIn={false} />
    </main>
  );
}
