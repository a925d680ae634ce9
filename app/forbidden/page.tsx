import Link from "next/link";
import { Button } from "@/components/ui/button";

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const { need } = await searchParams;
  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div className="max-w-md space-y-4 text-center">
        <h1 className="text-2xl font-semibold">Not available for your role</h1>
        <p className="text-muted-foreground">
          {need ? (
            <>
              This page needs the <code className="font-mono">{need}</code> permission.{" "}
            </>
          ) : null}
          Ask an admin to change your role if you need it.
        </p>
        <Button asChild>
          <Link href="/">Back to the overview</Link>
        </Button>
      </div>
    </main>
  );
}
