"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ThemeProvider } from "@/components/theme/theme-provider";
import { Toaster } from "@/components/ui/toaster";

/** Client-side providers: one TanStack Query client per browser tab, themes (its script carries the page's CSP nonce), toasts. */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider nonce={nonce}>
        {children}
        <Toaster />
      </ThemeProvider>
    </QueryClientProvider>
  );
}
