"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** A console page that failed to render: what to do, the reference to quote, and a retry. */
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 py-12">
      <h1 className="text-xl font-semibold">This page could not be shown</h1>
      <p className="text-sm text-muted-foreground">
        Something went wrong on our side{error.digest ? ` (reference ${error.digest})` : ""}. Nothing was changed by showing this page. Try again; if it goes on, give the reference to whoever runs the console.
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
