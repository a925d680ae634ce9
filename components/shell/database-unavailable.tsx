import { DatabaseZap } from "lucide-react";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/db-unreachable";

/** The page shown instead of the console while its database does not answer (app/(console)/layout.tsx). */
export function DatabaseUnavailable() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-4 p-8">
      <DatabaseZap aria-hidden className="size-10 text-destructive" />
      <h1 className="text-2xl font-semibold">The console cannot reach its database</h1>
      <p className="text-muted-foreground">{DATABASE_UNREACHABLE_MESSAGE}</p>
      <a href="" className="w-fit rounded-md border px-4 py-2 text-sm font-medium hover:bg-accent">
        Try again
      </a>
    </main>
  );
}
