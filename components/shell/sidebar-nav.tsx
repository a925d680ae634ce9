"use client";

import {
  ArrowLeftRight,
  Building2,
  FileText,
  Gift,
  LayoutDashboard,
  ListChecks,
  MonitorSmartphone,
  Receipt,
  ScrollText,
  Server,
  Sparkles,
  Users,
  Webhook,
  Bell,
  WalletCards,
  CreditCard,
  Timer,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import type { NavItem, NavSection } from "./nav-items";

const ICONS: Record<NavItem["icon"], typeof Gift> = {
  overview: LayoutDashboard,
  gift: Gift,
  orders: Receipt,
  kard: Sparkles,
  webhook: Webhook,
  kvitka: ArrowLeftRight,
  audit: ScrollText,
  staff: Users,
  sandbox: Server,
  webview: MonitorSmartphone,
  transactions: ListChecks,
  files: FileText,
  subscriptions: Bell,
  wallet: WalletCards,
  prepaid: CreditCard,
  jobs: Timer,
};

function isActive(pathname: string, href: string, siblings: string[]): boolean {
  if (href === "/") return pathname === "/";
  if (!(pathname === href || pathname.startsWith(`${href}/`))) return false;
  // The most specific matching item wins (/gift-cards/orders over /gift-cards).
  return !siblings.some((other) => other.length > href.length && (pathname === other || pathname.startsWith(`${other}/`)));
}

export function SidebarNav({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  const hrefs = sections.flatMap((s) => s.items.map((i) => i.href));
  return (
    <nav aria-label="Main" className="flex flex-col gap-5 p-3 text-sm">
      {sections.map((section) => (
        <div key={section.title || "main"} className="grid gap-1">
          {section.title ? (
            <p className="px-2 text-xs font-medium uppercase tracking-wide text-muted-foreground">{section.title}</p>
          ) : null}
          {section.items.map((item) => {
            const Icon = ICONS[item.icon] ?? Building2;
            const active = isActive(pathname, item.href, hrefs);
            return (
              <Link
                key={item.href}
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 rounded-md px-2 py-1.5 outline-none transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring",
                  active && "bg-accent font-medium text-accent-foreground",
                )}
              >
                <Icon className="size-4 shrink-0" aria-hidden />
                {item.label}
              </Link>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
