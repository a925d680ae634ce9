import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { NAV } from "@/components/shell/nav-items";
import { ProviderBadges } from "@/components/shell/provider-badges";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { can } from "@/lib/auth/permissions";
import { currentStaff } from "@/lib/auth/session";
import { providerModes } from "@/lib/providers/registry";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  if (!staff) redirect("/login");
  const sections = NAV.map((s) => ({ ...s, items: s.items.filter((i) => can(staff.role, i.permission)) })).filter(
    (s) => s.items.length > 0,
  );
  return (
    <div className="grid min-h-screen md:grid-cols-[15rem_1fr]">
      <aside className="hidden border-r bg-sidebar md:block">
        <Link href="/" className="flex h-14 items-center border-b px-5 font-semibold tracking-tight">
          Merchant Console
        </Link>
        <SidebarNav sections={sections} />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="flex min-h-14 flex-wrap items-center justify-between gap-3 border-b px-4 py-2 md:px-6">
          <ProviderBadges modes={providerModes()} />
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <UserMenu name={staff.name} email={staff.email} role={staff.role} />
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
