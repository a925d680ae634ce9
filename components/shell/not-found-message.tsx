"use client";

import { ArrowLeft, Compass } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

/**
 * What a 404 says inside the console: which address has nothing, and the ways back (the
 * previous page, the overview, or the sign-in page for a visitor who is not signed in).
 */
export function NotFoundMessage({ signedIn }: { signedIn: boolean }) {
  const pathname = usePathname();
  const router = useRouter();
  return (
    <section aria-labelledby="not-found-title" className="mx-auto grid max-w-lg justify-items-center gap-4 py-16 text-center" data-testid="not-found">
      <Compass className="size-10 text-muted-foreground" aria-hidden />
      <div className="grid gap-2">
        <p className="text-sm font-medium text-muted-foreground">404</p>
        <h1 id="not-found-title" className="text-2xl font-semibold tracking-tight">
          Page not found
        </h1>
        <p className="text-muted-foreground">
          Nothing lives at <code className="rounded bg-muted px-1 py-0.5 font-mono text-sm break-all">{pathname}</code>. The link may be old, or the record may belong to
          another console.
        </p>
      </div>
      <div className="flex flex-wrap justify-center gap-2">
        <Button variant="outline" onClick={() => router.back()}>
          <ArrowLeft className="size-4" aria-hidden /> Go back
        </Button>
        <Button asChild>
          <Link href={signedIn ? "/" : "/login"}>{signedIn ? "Go to the overview" : "Sign in"}</Link>
        </Button>
      </div>
    </section>
  );
}
