import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsEnabled } from "@/lib/auth/demo-accounts";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { currentStaff } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await currentStaff()) redirect("/");
  const { next } = await searchParams;
  const demos = demoAccountsEnabled();
  return (
    <main className="grid min-h-screen place-items-center bg-muted/40 p-6">
      <div className="w-full max-w-sm space-y-4">
        <Card>
          <CardHeader>
            <CardTitle className="text-xl">Merchant Console</CardTitle>
            <CardDescription>Sign in with your staff account.</CardDescription>
          </CardHeader>
          <CardContent>
            <LoginForm next={safeNextPath(next)} />
          </CardContent>
        </Card>
        {demos ? (
          <Card>
            <CardHeader>
              <CardTitle className="text-sm">Sandbox demo accounts</CardTitle>
              <CardDescription>
                Every provider is in sandbox mode. Password for each: <code className="font-mono">{DEMO_PASSWORD}</code>
              </CardDescription>
            </CardHeader>
            <CardContent>
              <ul className="space-y-1 text-sm">
                {DEMO_ACCOUNTS.map((account) => (
                  <li key={account.email} className="flex justify-between gap-2">
                    <code className="font-mono">{account.email}</code>
                    <span className="text-muted-foreground">{account.role.toLowerCase()}</span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        ) : null}
      </div>
    </main>
  );
}
