"use client";

import { ThemeProvider as NextThemesProvider, type ThemeProviderProps } from "next-themes";

/**
 * Light/dark theme via a `class` on <html> (matching the `dark` custom variant in
 * components/ui/theme.css), following the OS until the user picks. The root <html> needs
 * `suppressHydrationWarning` because next-themes sets the class before React hydrates.
 */
export function ThemeProvider({ children, ...props }: ThemeProviderProps) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange {...props}>
      {children}
    </NextThemesProvider>
  );
}
