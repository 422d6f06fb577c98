import type { Metadata } from "next";
import { WifiOff } from "lucide-react";

export const metadata: Metadata = { title: "Offline" };

// Pre-cached by the service worker and shown when a page cannot be loaded.
export default function OfflinePage() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-6 text-center">
      <WifiOff className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-2xl font-semibold">You are offline</h1>
      <p className="max-w-sm text-muted-foreground">
        Mydia cannot reach its server right now. Check your connection (or that the server is running) and try again.
      </p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- offline: a full reload, not a client navigation */}
      <a
        href="/"
        className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        Try again
      </a>
    </main>
  );
}
