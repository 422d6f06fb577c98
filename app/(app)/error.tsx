"use client";

import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex min-h-[50dvh] flex-col items-center justify-center gap-3 text-center">
      <AlertTriangle className="size-10 text-destructive" aria-hidden />
      <h1 className="text-xl font-semibold">This page failed to load</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        The server log has the details{error.digest ? ` (reference ${error.digest})` : ""}. Nothing you saved was lost.
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
