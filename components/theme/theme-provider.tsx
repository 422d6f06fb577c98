"use client";

import * as React from "react";
import { ThemeProvider as NextThemesProvider } from "next-themes";

// next-themes renders an inline <script> that applies the stored theme before first paint. It only
// matters in the server HTML; when React renders it on the client, React 19 logs "Encountered a
// script tag…" (pacocoursey/next-themes#385). Marking the client copy as a data block silences
// that without touching the server copy (the script carries suppressHydrationWarning).
const clientScriptProps = typeof window === "undefined" ? undefined : ({ type: "application/json" } as const);

/** Light/dark via a `.dark` class on <html>; follows the OS until the user picks a theme. */
export function ThemeProvider({ children, ...props }: React.ComponentProps<typeof NextThemesProvider>) {
  return (
    <NextThemesProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      scriptProps={clientScriptProps}
      {...props}
    >
      {children}
    </NextThemesProvider>
  );
}
