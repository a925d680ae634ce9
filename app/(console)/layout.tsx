import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { DatabaseUnavailable } from "@/components/shell/database-unavailable";
import { currentStaff, type Staff } from "@/lib/auth/session";
import { isDatabaseUnreachable } from "@/lib/db-unreachable";
import { signOutAction } from "./actions";

/** The signed-in staff member; "unreachable" when the database does not answer (the page then says so instead of the console). */
async function staffOrUnreachable(): Promise<Staff | null | "unreachable"> {
  try {
    return await currentStaff();
  } catch (error) {
    if (isDatabaseUnreachable(error)) return "unreachable";
    throw error;
  }
}

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const staff = await staffOrUnreachable();
  if (staff === "unreachable") return <DatabaseUnavailable />;
  if (!staff) redirect("/login");
  return <ConsoleShell staff={staff} signOut={signOutAction}>{children}</ConsoleShell>;
}
