import Link from "next/link";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { providerModes } from "@/lib/providers/registry";
import { NAV } from "./nav-items";
import { ProviderBadges } from "./provider-badges";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";

/**
 * The console around a page: the sidebar (only what the role may open), the header with the
 * providers' LIVE / SANDBOX modes, the theme and the account menu. Used by the console layout
 * and by the 404 page, so a wrong URL keeps the navigation. `signOut` is the sign-out server
 * action (app/(console)/actions.ts), handed down because components do not import app/.
 */
export function ConsoleShell({ staff, signOut, children }: { staff: { name: string; email: string; role: Role }; signOut: (input: Record<string, never>) => Promise<unknown>; children: ReactNode }) {
  const sections = NAV.map((s) => ({ ...s, items: s.items.filter((i) => can(staff.role, i.permission)) })).filter((s) => s.items.length > 0);
  return (
    <div className="grid min-h-screen md:grid-cols-[15rem_1fr]">
      <aside className="hidden border-r bg-sidebar md:block">
        <Link href="/" className="flex h-14 items-center border-b px-5 font-semibold tracking-tight">
          Merchant Console
        </Link>
        <SidebarNav sections={sections} />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="flex min-h-14 flex-wrap items-center gap-x-3 gap-y-2 border-b px-4 py-2 md:px-6">
          <ProviderBadges modes={providerModes()} className="order-last basis-full sm:order-none sm:flex-1 sm:basis-auto" />
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <UserMenu name={staff.name} email={staff.email} role={staff.role} signOut={signOut} />
          </div>
        </header>
        <details className="border-b md:hidden">
          <summary className="cursor-pointer px-4 py-2 text-sm font-medium">Menu</summary>
          <SidebarNav sections={sections} />
        </details>
        <main className="mx-auto w-full max-w-7xl flex-1 p-4 md:p-6">{children}</main>
      </div>
    </div>
  );
}
