import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Merchant Console", template: "%s · Merchant Console" },
  description: "Run loyalty, gift-card and wallet operations across providers.",
};

/**
 * Every page is rendered per request: its Content-Security-Policy nonce (proxy.ts, `x-nonce`)
 * is new each time, and the theme script needs it.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen">
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
